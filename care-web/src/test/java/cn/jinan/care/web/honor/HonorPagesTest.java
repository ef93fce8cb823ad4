package cn.jinan.care.web.honor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.honor.Honor;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.sanction.SanctionDetails;
import cn.jinan.care.domain.sanction.SanctionType;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.persistence.honor.HonorRepository;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.sanction.SanctionService;
import cn.jinan.care.persistence.scope.DataScope;
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
class HonorPagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private HonorRepository honors;
    @Autowired
    private ObligationService obligations;
    @Autowired
    private SanctionService sanctions;

    private MockHttpServletRequestBuilder memberHonor(String user, Member member) {
        return memberHonor(user, member, "PARTY_FEES");
    }

    private MockHttpServletRequestBuilder memberHonor(String user, Member member, String fundingSource) {
        return post("/honors").with(demo.as(user)).with(csrf())
                .param("holder", "MEMBER").param("memberId", member.getId().toString())
                .param("kind", "OUTSTANDING_MEMBER").param("year", Integer.toString(TODAY.getYear()))
                .param("level", "DISTRICT").param("awardedOn", TODAY.toString())
                .param("awardingBody", "中共历下区委").param("documentNumber", "历发〔2026〕9号")
                .param("rewardAmount", "2000").param("fundingSource", fundingSource)
                .param("token", UUID.randomUUID().toString());
    }

    private Honor recorded(Member member) throws Exception {
        mvc.perform(memberHonor("lixia", member)).andExpect(status().is3xxRedirection());
        List<Honor> found = honors.findByMember(member.getId());
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aMembersHonorAsksForAnEncouragementTalkAndShowsInTheBranchList() throws Exception {
        Member member = records.newMember("JN010101");
        Honor honor = recorded(member);
        assertThat(honor.getRewardAmount()).isEqualByComparingTo("2000");
        assertThat(obligations.forMember(member.getId())).extracting(Obligation::getAction)
                .contains(RequiredAction.ENCOURAGEMENT_TALK);
        mvc.perform(get("/honors").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.getName())))
                .andExpect(content().string(not(containsString("/honors/new"))));
        mvc.perform(get("/honors/" + honor.getId()).with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("历发〔2026〕9号")));
        mvc.perform(get("/honors/" + honor.getId()).with(demo.as("secretary2"))).andExpect(status().isNotFound());
        mvc.perform(get("/honors").with(demo.as("secretary2")))
                .andExpect(content().string(not(containsString(member.getName()))));
    }

    @Test
    void aSecretaryCannotRecordAnHonor() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(memberHonor("secretary1", member)).andExpect(status().isForbidden());
        mvc.perform(get("/honors/new").with(demo.as("secretary1"))).andExpect(status().isForbidden());
        assertThat(honors.findByMember(member.getId())).isEmpty();
    }

    @Test
    void aRewardWithoutItsFundingSourceIsRefusedNextToItWithTheInputKept() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(memberHonor("lixia", member, "").param("notes", "表彰备注保留"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "fundingSource", "honor.funding.required"))
                .andExpect(content().string(containsString("有奖励金额时请选择经费来源")))
                .andExpect(content().string(containsString("表彰备注保留")))
                .andExpect(content().string(containsString("历发〔2026〕9号")));
        assertThat(honors.findByMember(member.getId())).isEmpty();
    }

    @Test
    void aMemberInsideAnImpactPeriodIsNotOfferedAndNotHonored() throws Exception {
        Member member = records.newMember("JN010101");
        AuditActor.runAs("test", () -> sanctions.record(DataScope.of(demo.org("JN01")), UUID.randomUUID(),
                member.getId(), new SanctionDetails(SanctionType.WARNING, TODAY.minusDays(5), "纪委", null, null,
                        "违纪")));
        mvc.perform(get("/honors/new").with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(member.getName()))));
        mvc.perform(memberHonor("lixia", member))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "memberId", "honor.member.in-impact"));
        assertThat(honors.findByMember(member.getId())).isEmpty();
    }

    @Test
    void anOrganizationsHonorNeedsItsTitleAndIsPickedInScope() throws Exception {
        long branch = demo.org("JN010101").getId();
        MockHttpServletRequestBuilder studio = post("/honors").with(demo.as("lixia")).with(csrf())
                .param("holder", "ORGANIZATION").param("organizationId", Long.toString(branch))
                .param("kind", "STUDIO").param("year", Integer.toString(TODAY.getYear())).param("level", "MUNICIPAL")
                .param("awardedOn", TODAY.toString()).param("awardingBody", "中共济南市委组织部")
                .param("token", UUID.randomUUID().toString());
        mvc.perform(studio).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "title", "common.required"));
        String title = "红色物业工作室" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(studio.param("title", title)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/honors").param("holder", "ORGANIZATION").with(demo.as("secretary1")))
                .andExpect(content().string(containsString(title)));
        mvc.perform(post("/honors").with(demo.as("lixia")).with(csrf()).param("holder", "ORGANIZATION")
                        .param("organizationId", demo.org("JN02").getId().toString()).param("kind", "STUDIO")
                        .param("title", "越界").param("year", Integer.toString(TODAY.getYear()))
                        .param("level", "MUNICIPAL").param("awardedOn", TODAY.toString()).param("awardingBody", "x"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEditShowsInTheHistoryAndAStaleEditIsAConflict() throws Exception {
        Member member = records.newMember("JN010101");
        Honor honor = recorded(member);
        MockHttpServletRequestBuilder edit = post("/honors/" + honor.getId()).with(demo.as("lixia")).with(csrf())
                .param("kind", "OUTSTANDING_PARTY_WORKER").param("year", Integer.toString(TODAY.getYear()))
                .param("level", "DISTRICT").param("awardedOn", TODAY.toString()).param("awardingBody", "中共历下区委")
                .param("version", Long.toString(honor.getVersion()));
        mvc.perform(edit).andExpect(status().is3xxRedirection());
        mvc.perform(get("/honors/" + honor.getId() + "/history").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("优秀党务工作者")))
                .andExpect(content().string(containsString("表彰类别")));
        mvc.perform(edit.param("notes", "过期的表单")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("过期的表单")));
    }

    @Test
    void theExportHoldsTheFilteredListInScope() throws Exception {
        Member own = records.newMember("JN010101");
        Member far = records.newMember("JN020101");
        recorded(own);
        mvc.perform(memberHonor("city", far)).andExpect(status().is3xxRedirection());
        byte[] body = mvc.perform(get("/honors/export").param("year", Integer.toString(TODAY.getYear()))
                        .with(demo.as("lixia")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = Xlsx.rows(body);
        assertThat(rows.get(0)).contains("年度", "表彰类别", "党员", "物质奖励（元）");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(own.getName(), "优秀共产党员"));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains(far.getName()));
    }
}
