package cn.jinan.care.web.oldmember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.member.MemberProfile;
import cn.jinan.care.domain.oldmember.SubsidyPayment;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.oldmember.SubsidyService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.IdNumbers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CareWebTest
class OldMemberPagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int LAST_YEAR = TODAY.getYear() - 1;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private MemberService members;
    @Autowired
    private SubsidyService subsidies;

    /** A rural member of JN010101 admitted on 1947-03-01: eligible by the first rule. */
    private Member ruralOldMember() {
        int n = COUNTER.incrementAndGet();
        LocalDate birth = LocalDate.of(1924, 1, 1).plusDays(n * 29L);
        MemberProfile profile = new MemberProfile("老党员" + UUID.randomUUID().toString().substring(0, 6), null, "汉族",
                IdCardNumber.of(IdNumbers.of(birth, n % 2 == 1)), null, null, LocalDate.of(1947, 3, 1),
                LocalDate.of(1948, 3, 1), MemberCategory.FULL,
                new MemberFlags(false, false, Household.RURAL, false, false, DelegateLevel.NONE, false));
        Member[] made = new Member[1];
        AuditActor.runAs("test", () -> made[0] = members.create(DataScope.of(demo.org("JN010101")),
                demo.org("JN010101").getId(), profile));
        return made[0];
    }

    private MockHttpServletRequestBuilder pay(Member member, String kind, String month, String amount) {
        return post("/old-members/payments").with(demo.as("secretary1")).with(csrf())
                .param("memberId", member.getId().toString()).param("periodKind", kind).param("month", month)
                .param("amount", amount).param("fundingSource", "BUDGET").param("paidOn", TODAY.toString())
                .param("note", "本人签字领取").param("token", UUID.randomUUID().toString());
    }

    private SubsidyPayment onlyPaymentOf(Member member) {
        List<SubsidyPayment> found = subsidies.forMember(DataScope.of(demo.org("JN010101")), member.getId());
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void theListShowsEachEligibleMemberWithTheRuleAndWhy() throws Exception {
        Member member = ruralOldMember();

        mvc.perform(get("/old-members").param("year", String.valueOf(LAST_YEAR)).param("reason", "RURAL_BEFORE_1949")
                        .with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.getName())))
                .andExpect(content().string(containsString("新中国成立前入党的农村老党员")))
                .andExpect(content().string(containsString("入党时间1947年3月1日，早于1949年10月1日")));
        mvc.perform(get("/old-members").param("reason", "URBAN_WITHOUT_PENSION").with(demo.as("secretary1")))
                .andExpect(content().string(not(containsString(member.getName()))));
    }

    @Test
    void aQuarterThatDoesNotStartAQuarterIsRefusedNextToTheMonthWithTheInputKept() throws Exception {
        Member member = ruralOldMember();

        mvc.perform(pay(member, "QUARTER", LAST_YEAR + "-02", "1800"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "month", "oldmember.period.quarter-start"))
                .andExpect(content().string(containsString("季度须从1、4、7或10月开始")))
                .andExpect(content().string(containsString("本人签字领取")))
                .andExpect(content().string(containsString("1800")));
        assertThat(subsidies.forMember(DataScope.of(demo.org("JN010101")), member.getId())).isEmpty();
    }

    @Test
    void aMonthPaidInAQuarterAlreadyIsRefusedWithAFieldError() throws Exception {
        Member member = ruralOldMember();
        mvc.perform(pay(member, "QUARTER", LAST_YEAR + "-04", "1800")).andExpect(status().is3xxRedirection());

        mvc.perform(pay(member, "MONTH", LAST_YEAR + "-05", "600"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "month", "oldmember.payment.overlap"));
        assertThat(onlyPaymentOf(member).getPeriodMonths()).isEqualTo((short) 3);
    }

    @Test
    void anotherBranchsSecretaryCannotSeeOrPayTheMember() throws Exception {
        Member member = ruralOldMember();
        mvc.perform(pay(member, "MONTH", LAST_YEAR + "-01", "600")).andExpect(status().is3xxRedirection());
        long id = onlyPaymentOf(member).getId();

        mvc.perform(get("/old-members/payments/" + id + "/edit").with(demo.as("secretary2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/old-members/payments/" + id + "/history").with(demo.as("secretary2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/old-members/payments/new").param("member", member.getId().toString())
                .with(demo.as("secretary2"))).andExpect(status().isNotFound());
        mvc.perform(get("/old-members").param("year", String.valueOf(LAST_YEAR)).with(demo.as("secretary2")))
                .andExpect(content().string(not(containsString(member.getName()))));
    }

    @Test
    void aChangedPaymentShowsItsHistory() throws Exception {
        Member member = ruralOldMember();
        mvc.perform(pay(member, "MONTH", LAST_YEAR + "-03", "600")).andExpect(status().is3xxRedirection());
        SubsidyPayment payment = onlyPaymentOf(member);

        mvc.perform(post("/old-members/payments/" + payment.getId()).with(demo.as("secretary1")).with(csrf())
                        .param("periodKind", "MONTH").param("month", LAST_YEAR + "-03").param("amount", "650")
                        .param("fundingSource", "PARTY_FEES").param("paidOn", TODAY.toString())
                        .param("note", "补发差额").param("version", String.valueOf(payment.getVersion())))
                .andExpect(status().is3xxRedirection());

        assertThat(onlyPaymentOf(member).getAmount()).isEqualByComparingTo("650");
        mvc.perform(get("/old-members/payments/" + payment.getId() + "/history").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("650.00")))
                .andExpect(content().string(containsString("600.00")))
                .andExpect(content().string(containsString("留存党费")));
    }

    @Test
    void unpaidMonthsListTheMemberUntilTheLastQuarterIsPaid() throws Exception {
        Member member = ruralOldMember();
        for (String q : List.of("01", "04", "07")) {
            mvc.perform(pay(member, "QUARTER", LAST_YEAR + "-" + q, "1800")).andExpect(status().is3xxRedirection());
        }
        MockHttpServletRequestBuilder unpaid = get("/old-members/unpaid").param("year", String.valueOf(LAST_YEAR))
                .param("org", demo.org("JN010101").getId().toString());

        mvc.perform(unpaid.with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(member.getName())));
        mvc.perform(pay(member, "QUARTER", LAST_YEAR + "-10", "1800")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/old-members/unpaid").param("year", String.valueOf(LAST_YEAR))
                        .param("org", demo.org("JN010101").getId().toString()).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(member.getName()))));
    }

    @Test
    void onlyTheCityDecidesTheStandard() throws Exception {
        mvc.perform(get("/old-members/standards").with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/old-members/standards/new"))));
        mvc.perform(get("/old-members/standards/new").with(demo.as("lixia"))).andExpect(status().isForbidden());
        mvc.perform(post("/old-members/standards").with(demo.as("city")).with(csrf())
                        .param("year", "2099").param("monthlyAmount", "-5").param("fundingSource", "BUDGET"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "monthlyAmount"));
        mvc.perform(post("/old-members/standards").with(demo.as("city")).with(csrf())
                        .param("year", "2099").param("monthlyAmount", "880").param("fundingSource", "BUDGET"))
                .andExpect(status().is3xxRedirection());
        assertThat(subsidies.decided(2099)).isPresent();
    }

    @Test
    void theEligibleListAndTheUnpaidMonthsExportWithTheRuleAndTheMonths() throws Exception {
        Member member = ruralOldMember();
        int year = TODAY.getYear();
        byte[] eligible = mvc.perform(get("/old-members/export?year=" + year + "&org=" + demo.org("JN010101").getId())
                        .with(demo.as("secretary1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(cn.jinan.care.web.support.Xlsx.rows(eligible)).anySatisfy(r -> assertThat(r)
                .contains(member.getName(), "新中国成立前入党的农村老党员", "1947-03-01"));
        byte[] unpaid = mvc.perform(get("/old-members/unpaid/export?year=" + year).with(demo.as("secretary1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(cn.jinan.care.web.support.Xlsx.rows(unpaid)).anySatisfy(r -> assertThat(r)
                .contains(member.getName(), Integer.toString(TODAY.getMonthValue())));
        assertThat(cn.jinan.care.web.support.Xlsx.rows(unpaid).get(0)).contains("未发放月份", "未发放月数", "应发金额（元）");
        mvc.perform(get("/old-members/export?org=" + demo.org("JN010102").getId()).with(demo.as("secretary1")))
                .andExpect(status().isNotFound());
    }
}
