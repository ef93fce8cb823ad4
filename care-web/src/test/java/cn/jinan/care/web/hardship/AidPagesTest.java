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

import cn.jinan.care.domain.hardship.AidStatus;
import cn.jinan.care.domain.hardship.HardshipAid;
import cn.jinan.care.domain.hardship.HardshipRecord;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.persistence.hardship.HardshipAidRepository;
import cn.jinan.care.persistence.hardship.HardshipRecordRepository;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CareWebTest
class AidPagesTest {

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
    private HardshipAidRepository aids;

    private String memberName;

    private HardshipRecord openRecord() throws Exception {
        Member member = records.newMember("JN010101");
        memberName = member.getName();
        mvc.perform(post("/hardship").with(demo.as("secretary1")).with(csrf())
                        .param("memberId", member.getId().toString()).param("categories", "WIDOWED_OR_ALONE")
                        .param("since", TODAY.minusMonths(3).toString()).param("situation", "独居老人，行动不便")
                        .param("nextReviewDate", TODAY.plusMonths(3).toString())
                        .param("token", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        return hardship.findByMember(member.getId()).get(0);
    }

    private HardshipAid applied(HardshipRecord record) throws Exception {
        mvc.perform(post("/aid").with(demo.as("secretary1")).with(csrf())
                        .param("recordId", record.getId().toString())
                        .param("appliedOn", TODAY.minusDays(30).toString()).param("amount", "2000")
                        .param("fundingSource", "PARTY_FEES").param("purpose", "冬季取暖补助")
                        .param("token", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        return aids.findByRecord(record.getId()).get(0);
    }

    private HardshipAid reload(HardshipAid aid) {
        return aids.findById(aid.getId()).orElseThrow();
    }

    private org.springframework.test.web.servlet.ResultActions step(HardshipAid aid, String step, String... params)
            throws Exception {
        var request = post("/aid/" + aid.getId() + "/" + step).with(demo.as("secretary1")).with(csrf())
                .param("version", Long.toString(reload(aid).getVersion()));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    @Test
    void goesFromApplicationThroughApprovalAndPublicNoticeToPayment() throws Exception {
        HardshipRecord record = openRecord();
        HardshipAid aid = applied(record);
        assertThat(aid.getStatus()).isEqualTo(AidStatus.APPLIED);
        // the detail offers the next step only
        mvc.perform(get("/hardship/" + record.getId()).with(demo.as("secretary1")))
                .andExpect(content().string(containsString("/aid/" + aid.getId() + "/approve")))
                .andExpect(content().string(not(containsString("/aid/" + aid.getId() + "/publicize"))))
                .andExpect(content().string(not(containsString("/aid/" + aid.getId() + "/pay"))));

        step(aid, "approve", "approvedBy", "第一支部委员会", "approvedOn", TODAY.minusDays(25).toString())
                .andExpect(status().is3xxRedirection());
        assertThat(reload(aid).getStatus()).isEqualTo(AidStatus.APPROVED);
        mvc.perform(get("/hardship/" + record.getId()).with(demo.as("secretary1")))
                .andExpect(content().string(containsString("/aid/" + aid.getId() + "/publicize")))
                .andExpect(content().string(not(containsString("/aid/" + aid.getId() + "/approve"))));

        step(aid, "publicize", "noticeStart", TODAY.minusDays(20).toString(),
                "noticeEnd", TODAY.minusDays(15).toString())
                .andExpect(status().is3xxRedirection());
        assertThat(reload(aid).getStatus()).isEqualTo(AidStatus.PUBLICIZED);

        step(aid, "pay", "paidOn", TODAY.toString()).andExpect(status().is3xxRedirection());
        HardshipAid paid = reload(aid);
        assertThat(paid.getStatus()).isEqualTo(AidStatus.PAID);
        assertThat(paid.getPaidOn()).isEqualTo(TODAY);

        mvc.perform(get("/aid/" + aid.getId() + "/history").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已发放")));
        mvc.perform(get("/aid").with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(memberName)));
    }

    @Test
    void paymentBeforeThePublicNoticeIsRefused() throws Exception {
        HardshipAid aid = applied(openRecord());
        step(aid, "approve", "approvedBy", "第一支部委员会", "approvedOn", TODAY.minusDays(25).toString())
                .andExpect(status().is3xxRedirection());
        step(aid, "pay", "paidOn", TODAY.toString())
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("不能跳过或重复环节")));
        assertThat(reload(aid).getStatus()).isEqualTo(AidStatus.APPROVED);
    }

    @Test
    void aNoticeShorterThanTheMinimumIsRefusedNextToItsEnd() throws Exception {
        HardshipAid aid = applied(openRecord());
        step(aid, "approve", "approvedBy", "第一支部委员会", "approvedOn", TODAY.minusDays(25).toString());
        step(aid, "publicize", "noticeStart", TODAY.minusDays(20).toString(),
                "noticeEnd", TODAY.minusDays(17).toString())
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "noticeEnd", "aid.notice.too-short"));
        assertThat(reload(aid).getStatus()).isEqualTo(AidStatus.APPROVED);
    }

    @Test
    void anAmountOfZeroIsRefusedNextToTheAmountWithTheInputKept() throws Exception {
        HardshipRecord record = openRecord();
        mvc.perform(post("/aid").with(demo.as("secretary1")).with(csrf())
                        .param("recordId", record.getId().toString()).param("appliedOn", TODAY.toString())
                        .param("amount", "0").param("fundingSource", "BUDGET").param("purpose", "临时救助申请说明"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "amount", "aid.amount.positive"))
                .andExpect(content().string(containsString("临时救助申请说明")));
        assertThat(aids.findByRecord(record.getId())).isEmpty();
    }

    @Test
    void aStaleStepIsAConflictAndAnotherBranchSeesNothing() throws Exception {
        HardshipAid aid = applied(openRecord());
        long seen = aid.getVersion();
        step(aid, "approve", "approvedBy", "第一支部委员会", "approvedOn", TODAY.toString())
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/aid/" + aid.getId() + "/reject").with(demo.as("secretary1")).with(csrf())
                        .param("version", Long.toString(seen)).param("rejectReason", "过期的驳回"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("过期的驳回")));
        mvc.perform(get("/aid/" + aid.getId() + "/pay").with(demo.as("secretary2"))).andExpect(status().isNotFound());
        mvc.perform(post("/aid/" + aid.getId() + "/reject").with(demo.as("secretary2")).with(csrf())
                        .param("version", Long.toString(reload(aid).getVersion())).param("rejectReason", "越权"))
                .andExpect(status().isNotFound());
        assertThat(reload(aid).getStatus()).isEqualTo(AidStatus.APPROVED);
    }

    @Test
    void theYearsAidExportsWithAmountAsANumberAndFundingSource() throws Exception {
        HardshipAid aid = applied(openRecord());
        byte[] body = mvc.perform(get("/aid/export?year=" + aid.getAppliedOn().getYear()).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = cn.jinan.care.web.support.Xlsx.rows(body);
        assertThat(rows.get(0)).contains("金额（元）", "经费来源", "办理环节");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(memberName, "2,000.00", "留存党费",
                aid.getAppliedOn().toString()));
        mvc.perform(get("/aid/export?org=" + demo.org("JN010102").getId()).with(demo.as("secretary1")))
                .andExpect(status().isNotFound());
    }
}
