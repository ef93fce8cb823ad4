package cn.jinan.care.web.sanction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.sanction.Sanction;
import cn.jinan.care.persistence.audit.SensitiveReadRepository;
import cn.jinan.care.persistence.sanction.SanctionRepository;
import cn.jinan.care.persistence.sanction.SanctionService;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import cn.jinan.care.web.support.Xlsx;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CareWebTest
class SanctionPagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private SanctionRepository sanctions;
    @Autowired
    private SensitiveReadRepository reads;

    private MockHttpServletRequestBuilder record(Member member, String type, String probation) {
        MockHttpServletRequestBuilder post = post("/sanctions").with(demo.as("lixia")).with(csrf())
                .param("memberId", member.getId().toString()).param("type", type)
                .param("decidedOn", TODAY.minusMonths(1).toString()).param("decidingBody", "中共历下区纪委")
                .param("documentNumber", "历纪发〔2026〕5号").param("grounds", "违反群众纪律，侵害群众利益。")
                .param("token", UUID.randomUUID().toString());
        return probation == null ? post : post.param("probationMonths", probation);
    }

    private Sanction recorded(Member member, String type, String probation) throws Exception {
        mvc.perform(record(member, type, probation)).andExpect(status().is3xxRedirection());
        List<Sanction> found = sanctions.findByMember(member.getId());
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void theDetailIsALoggedReadInScopeAndNotFoundOutside() throws Exception {
        Member member = records.newMember("JN010101");
        Sanction sanction = recorded(member, "SERIOUS_WARNING", null);
        assertThat(sanction.getImpactUntil()).isEqualTo(TODAY.minusMonths(1).plusMonths(18).minusDays(1));
        long before = reads.countByMemberIdAndRecordType(member.getId(), SanctionService.SENSITIVE_TYPE);
        mvc.perform(get("/sanctions/" + sanction.getId()).with(demo.as("secretary2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/sanctions").with(demo.as("secretary2")))
                .andExpect(content().string(not(containsString(member.getName()))));
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), SanctionService.SENSITIVE_TYPE))
                .isEqualTo(before);
        mvc.perform(get("/sanctions/" + sanction.getId()).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("违反群众纪律")))
                .andExpect(content().string(not(containsString("/sanctions/" + sanction.getId() + "/edit"))));
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), SanctionService.SENSITIVE_TYPE))
                .isEqualTo(before + 1);
        // the list carries no grounds
        mvc.perform(get("/sanctions").with(demo.as("secretary1")))
                .andExpect(content().string(containsString(member.getName())))
                .andExpect(content().string(not(containsString("违反群众纪律"))));
    }

    @Test
    void theMemberPageSaysUntilWhen() throws Exception {
        Member member = records.newMember("JN010101");
        Sanction sanction = recorded(member, "WARNING", null);
        mvc.perform(get("/members/" + member.getId()).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("处分影响期至" + sanction.getImpactUntil().getYear() + "年"
                        + sanction.getImpactUntil().getMonthValue() + "月" + sanction.getImpactUntil().getDayOfMonth()
                        + "日")));
        Member other = records.newMember("JN010101");
        mvc.perform(get("/members/" + other.getId()).with(demo.as("secretary1")))
                .andExpect(content().string(not(containsString("处分影响期至"))));
    }

    @Test
    void probationWithoutItsMonthsIsRefusedNextToItWithTheInputKept() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(record(member, "PROBATION", null))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "probationMonths", "sanction.probation.required"))
                .andExpect(content().string(containsString("违反群众纪律，侵害群众利益。")));
        assertThat(sanctions.findByMember(member.getId())).isEmpty();
        Sanction s = recorded(member, "PROBATION", "12");
        assertThat(s.getImpactUntil()).isEqualTo(TODAY.minusMonths(1).plusMonths(36).minusDays(1));
    }

    @Test
    void aSecretaryCannotRecordOne() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(record(member, "WARNING", null).with(demo.as("secretary1"))).andExpect(status().isForbidden());
        assertThat(sanctions.findByMember(member.getId())).isEmpty();
    }

    @Test
    void anEditShowsInTheHistory() throws Exception {
        Member member = records.newMember("JN010101");
        Sanction sanction = recorded(member, "WARNING", null);
        mvc.perform(post("/sanctions/" + sanction.getId()).with(demo.as("lixia")).with(csrf())
                        .param("type", "REMOVAL_FROM_POST").param("decidedOn", TODAY.minusMonths(1).toString())
                        .param("decidingBody", "中共历下区纪委").param("grounds", "违反群众纪律，侵害群众利益。")
                        .param("version", Long.toString(sanction.getVersion())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/sanctions/" + sanction.getId() + "/history").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("撤销党内职务")))
                .andExpect(content().string(containsString("影响期至")));
    }

    @Test
    void theExportHoldsTheListInScopeAndLogsEachRead() throws Exception {
        Member own = records.newMember("JN010101");
        Member far = records.newMember("JN020101");
        recorded(own, "WARNING", null);
        long before = reads.countByMemberIdAndRecordType(own.getId(), SanctionService.SENSITIVE_TYPE);
        byte[] body = mvc.perform(get("/sanctions/export").param("inImpact", "true").with(demo.as("lixia")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = Xlsx.rows(body);
        assertThat(rows.get(0)).contains("党员", "类型", "影响期至", "事由");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(own.getName(), "警告", "违反群众纪律，侵害群众利益。"));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains(far.getName()));
        assertThat(reads.countByMemberIdAndRecordType(own.getId(), SanctionService.SENSITIVE_TYPE))
                .isEqualTo(before + 1);
    }
}
