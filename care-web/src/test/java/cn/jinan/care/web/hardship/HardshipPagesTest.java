package cn.jinan.care.web.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.hardship.HardshipCategory;
import cn.jinan.care.domain.hardship.HardshipRecord;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.persistence.audit.SensitiveReadRepository;
import cn.jinan.care.persistence.hardship.HardshipRecordRepository;
import cn.jinan.care.persistence.hardship.HardshipService;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CareWebTest
class HardshipPagesTest {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private HardshipRecordRepository hardship;
    @Autowired
    private SensitiveReadRepository reads;

    private MockHttpServletRequestBuilder register(Member member, LocalDate since, LocalDate nextReview) {
        return register("secretary1", member, since, nextReview);
    }

    private MockHttpServletRequestBuilder register(String user, Member member, LocalDate since, LocalDate nextReview) {
        return post("/hardship").with(demo.as(user)).with(csrf())
                .param("memberId", member.getId().toString())
                .param("categories", "LIVING_DIFFICULTY", "OLD_WEAK_SICK_DISABLED")
                .param("since", since.toString())
                .param("situation", "独居，患慢性病，家庭收入低。")
                .param("needs", "医疗费用补助")
                .param("nextReviewDate", nextReview.toString())
                .param("token", UUID.randomUUID().toString());
    }

    private HardshipRecord registered(Member member, LocalDate since, LocalDate nextReview) throws Exception {
        mvc.perform(register(member, since, nextReview)).andExpect(status().is3xxRedirection());
        List<HardshipRecord> found = hardship.findByMember(member.getId());
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void registersAMemberUnderTwoCategories() throws Exception {
        Member member = records.newMember("JN010101");
        HardshipRecord record = registered(member, TODAY.minusMonths(1), TODAY.plusMonths(5));
        assertThat(record.getCategories()).containsExactlyInAnyOrder(HardshipCategory.LIVING_DIFFICULTY,
                HardshipCategory.OLD_WEAK_SICK_DISABLED);
        assertThat(record.isOpen()).isTrue();
        mvc.perform(get("/hardship").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.getName())));
    }

    @Test
    void aMemberCannotHaveTwoOpenRecords() throws Exception {
        Member member = records.newMember("JN010101");
        registered(member, TODAY.minusMonths(1), TODAY.plusMonths(5));
        mvc.perform(register(member, TODAY.minusDays(3), TODAY.plusMonths(6)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "memberId", "hardship.already-open"))
                .andExpect(content().string(containsString("该党员已在困难党员信息库中")));
        assertThat(hardship.findByMember(member.getId())).hasSize(1);
    }

    @Test
    void aReviewDateBeforeTheHardshipBeganIsRefusedNextToItWithTheInputKept() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(register(member, TODAY.minusMonths(1), TODAY.minusMonths(2)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "nextReviewDate", "hardship.review.before-since"))
                .andExpect(content().string(containsString("下次复核日期不能早于困难起始日期")))
                .andExpect(content().string(containsString("独居，患慢性病，家庭收入低。")));
        assertThat(hardship.findByMember(member.getId())).isEmpty();
    }

    @Test
    void aRecordWithoutACategoryIsRefused() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(post("/hardship").with(demo.as("secretary1")).with(csrf())
                        .param("memberId", member.getId().toString()).param("since", TODAY.toString())
                        .param("situation", "情况").param("nextReviewDate", TODAY.plusMonths(6).toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "categories"));
        assertThat(hardship.findByMember(member.getId())).isEmpty();
    }

    @Test
    void readingTheDetailInScopeIsLoggedAndOutOfScopeIsNotFoundAndNotLogged() throws Exception {
        Member member = records.newMember("JN010101");
        HardshipRecord record = registered(member, TODAY.minusMonths(1), TODAY.plusMonths(5));
        long before = reads.countByMemberIdAndRecordType(member.getId(), HardshipService.SENSITIVE_TYPE);

        mvc.perform(get("/hardship/" + record.getId()).with(demo.as("secretary2"))).andExpect(status().isNotFound());
        mvc.perform(get("/hardship").param("state", "ALL").with(demo.as("secretary2")))
                .andExpect(content().string(not(containsString(member.getName()))));
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), HardshipService.SENSITIVE_TYPE))
                .isEqualTo(before);

        mvc.perform(get("/hardship/" + record.getId()).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("独居，患慢性病")));
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), HardshipService.SENSITIVE_TYPE))
                .isEqualTo(before + 1);
        mvc.perform(get("/audit/reads").with(demo.as("auditor")))
                .andExpect(content().string(containsString("困难党员信息")));
        // the list does not carry the situation
        mvc.perform(get("/hardship").with(demo.as("secretary1")))
                .andExpect(content().string(not(containsString("独居，患慢性病"))));
    }

    @Test
    void overdueReviewsAreListedUntilReviewed() throws Exception {
        Member member = records.newMember("JN010101");
        HardshipRecord record = registered(member, TODAY.minusMonths(3), TODAY.minusDays(10));
        mvc.perform(get("/hardship").with(demo.as("secretary1")))
                .andExpect(content().string(containsString("/hardship/" + record.getId() + "/review")));

        mvc.perform(post("/hardship/" + record.getId() + "/review").with(demo.as("secretary1")).with(csrf())
                        .param("nextReviewDate", TODAY.plusMonths(6).toString()).param("note", "情况未变，继续帮扶")
                        .param("version", Long.toString(record.getVersion())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/hardship").with(demo.as("secretary1")))
                .andExpect(content().string(not(containsString("/hardship/" + record.getId() + "/review"))));
    }

    @Test
    void aReviewDateNotAfterTodayIsRefused() throws Exception {
        Member member = records.newMember("JN010101");
        HardshipRecord record = registered(member, TODAY.minusMonths(3), TODAY.plusMonths(1));
        mvc.perform(post("/hardship/" + record.getId() + "/review").with(demo.as("secretary1")).with(csrf())
                        .param("nextReviewDate", TODAY.toString()).param("note", "复核意见保留")
                        .param("version", Long.toString(record.getVersion())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "nextReviewDate",
                        "hardship.review.not-after-today"))
                .andExpect(content().string(containsString("复核意见保留")));
    }

    @Test
    void theHistoryShowsAReviewAsAChange() throws Exception {
        Member member = records.newMember("JN010101");
        HardshipRecord record = registered(member, TODAY.minusMonths(1), TODAY.plusMonths(1));
        mvc.perform(post("/hardship/" + record.getId() + "/review").with(demo.as("secretary1")).with(csrf())
                        .param("nextReviewDate", TODAY.plusMonths(7).toString()).param("note", "已走访核实")
                        .param("version", Long.toString(record.getVersion())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/hardship/" + record.getId() + "/history").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("修改")))
                .andExpect(content().string(containsString("下次复核日期")))
                .andExpect(content().string(containsString("已走访核实")));
    }

    @Test
    void closingKeepsTheRecordOffTheOpenListAndAStaleEditIsAConflict() throws Exception {
        Member member = records.newMember("JN010101");
        HardshipRecord record = registered(member, TODAY.minusMonths(2), TODAY.plusMonths(1));
        mvc.perform(post("/hardship/" + record.getId() + "/close").with(demo.as("secretary1")).with(csrf())
                        .param("closedOn", TODAY.toString()).param("closeReason", "已就业，收入稳定")
                        .param("version", Long.toString(record.getVersion())))
                .andExpect(status().is3xxRedirection());
        assertThat(hardship.findById(record.getId()).orElseThrow().isOpen()).isFalse();
        mvc.perform(get("/hardship").with(demo.as("secretary1")))
                .andExpect(content().string(not(containsString(member.getName()))));
        mvc.perform(get("/hardship").param("state", "CLOSED").param("year", Integer.toString(TODAY.getYear()))
                        .with(demo.as("secretary1")))
                .andExpect(content().string(containsString(member.getName())));

        mvc.perform(post("/hardship/" + record.getId() + "/review").with(demo.as("secretary1")).with(csrf())
                        .param("nextReviewDate", TODAY.plusMonths(6).toString()).param("note", "过期的表单")
                        .param("version", Long.toString(record.getVersion())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("过期的表单")));

        // closed, the member can be registered again
        mvc.perform(register(member, TODAY, TODAY.plusMonths(6))).andExpect(status().is3xxRedirection());
        assertThat(hardship.findByMember(member.getId())).hasSize(2);
    }

    @Test
    void theExportHoldsTheFilteredListInScopeAndLogsEachRecordsRead() throws Exception {
        Member own = records.newMember("JN010101");
        Member neighbour = records.newMember("JN010102");
        registered(own, TODAY.minusMonths(1), TODAY.plusMonths(5));
        mvc.perform(register("secretary2", neighbour, TODAY.minusMonths(1), TODAY.plusMonths(5)))
                .andExpect(status().is3xxRedirection());
        long before = reads.countByMemberIdAndRecordType(own.getId(), HardshipService.SENSITIVE_TYPE);

        byte[] body = mvc.perform(get("/hardship/export").param("org", demo.org("JN010101").getId().toString())
                        .with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = cn.jinan.care.web.support.Xlsx.rows(body);
        assertThat(rows.get(0)).contains("党员", "困难类别", "困难情况", "下次复核日期");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(own.getName(), "独居，患慢性病，家庭收入低。",
                TODAY.minusMonths(1).toString()));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains(neighbour.getName()));
        assertThat(reads.countByMemberIdAndRecordType(own.getId(), HardshipService.SENSITIVE_TYPE))
                .isEqualTo(before + 1);

        // a secretary cannot export a branch outside the scope by naming it
        mvc.perform(get("/hardship/export").param("org", demo.org("JN010102").getId().toString())
                        .with(demo.as("secretary1")))
                .andExpect(status().isNotFound());
        byte[] own1 = mvc.perform(get("/hardship/export").with(demo.as("secretary1")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(cn.jinan.care.web.support.Xlsx.rows(own1)).noneSatisfy(r -> assertThat(r).contains(neighbour.getName()));
    }

    @Test
    void theListFiltersByAnOrganizationInsideTheScope() throws Exception {
        Member own = records.newMember("JN010101");
        Member neighbour = records.newMember("JN010102");
        registered(own, TODAY.minusMonths(1), TODAY.plusMonths(5));
        mvc.perform(register("secretary2", neighbour, TODAY.minusMonths(1), TODAY.plusMonths(5)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/hardship?org=" + demo.org("JN010102").getId()).with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(neighbour.getName())))
                .andExpect(content().string(not(containsString(own.getName()))))
                .andExpect(content().string(containsString("/hardship/export?org=")));
        mvc.perform(get("/hardship").param("org", demo.org("JN02").getId().toString()).with(demo.as("lixia")))
                .andExpect(status().isNotFound());
    }
}
