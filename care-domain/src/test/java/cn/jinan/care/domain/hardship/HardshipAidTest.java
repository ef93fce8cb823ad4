package cn.jinan.care.domain.hardship;

import static cn.jinan.care.domain.hardship.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class HardshipAidTest {

    private static final LocalDate APPLIED = TODAY.minusDays(30);
    private static final LocalDate APPROVED = TODAY.minusDays(25);
    private static final LocalDate NOTICE_START = TODAY.minusDays(20);
    private static final LocalDate NOTICE_END = NOTICE_START.plusDays(HardshipAid.NOTICE_MIN_DAYS);

    private static HardshipAid applied() {
        return HardshipAid.apply(Fixtures.openRecord(),
                new AidApplication(APPLIED, new BigDecimal("2000"), FundingSource.PARTY_FEES, "医疗费用补助"), TODAY);
    }

    private static HardshipAid approved() {
        HardshipAid aid = applied();
        aid.approve("第一支部委员会", APPROVED, TODAY);
        return aid;
    }

    private static HardshipAid publicized() {
        HardshipAid aid = approved();
        aid.publicize(NOTICE_START, NOTICE_END, TODAY);
        return aid;
    }

    private static HardshipAid paid() {
        HardshipAid aid = publicized();
        aid.pay(NOTICE_END, TODAY);
        return aid;
    }

    private static HardshipAid rejected() {
        HardshipAid aid = applied();
        aid.reject("不符合条件", TODAY);
        return aid;
    }

    private static void assertOutOfOrder(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("aid.step.out-of-order"));
    }

    private static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getField()).as("field").isEqualTo(field);
            assertThat(e.getMessageKey()).as("key").isEqualTo(key);
        });
    }

    private static void approve(HardshipAid aid) {
        aid.approve("第一支部委员会", APPROVED, TODAY);
    }

    private static void publicize(HardshipAid aid) {
        aid.publicize(NOTICE_START, NOTICE_END, TODAY);
    }

    private static void pay(HardshipAid aid) {
        aid.pay(NOTICE_END, TODAY);
    }

    @Test
    void goesFromApplicationThroughApprovalAndNoticeToPayment() {
        HardshipAid aid = applied();
        assertThat(aid.getStatus()).isEqualTo(AidStatus.APPLIED);
        approve(aid);
        assertThat(aid.getStatus()).isEqualTo(AidStatus.APPROVED);
        publicize(aid);
        assertThat(aid.getStatus()).isEqualTo(AidStatus.PUBLICIZED);
        pay(aid);
        assertThat(aid.getStatus()).isEqualTo(AidStatus.PAID);
        assertThat(aid.getPaidOn()).isEqualTo(NOTICE_END);
        assertThat(aid.getStatus().next()).isEmpty();
    }

    @Test
    void refusesToPublicizeOrPayAnApplicationNotYetApproved() {
        assertOutOfOrder(() -> publicize(applied()));
        assertOutOfOrder(() -> pay(applied()));
    }

    @Test
    void refusesToPayAnApprovedAidBeforeItsPublicNotice() {
        assertOutOfOrder(() -> pay(approved()));
    }

    @Test
    void refusesToRepeatAStepAlreadyTaken() {
        assertOutOfOrder(() -> approve(approved()));
        assertOutOfOrder(() -> approve(publicized()));
        assertOutOfOrder(() -> publicize(publicized()));
        assertOutOfOrder(() -> pay(paid()));
    }

    @Test
    void refusesEveryStepAfterARejection() {
        assertOutOfOrder(() -> approve(rejected()));
        assertOutOfOrder(() -> publicize(rejected()));
        assertOutOfOrder(() -> pay(rejected()));
        assertOutOfOrder(() -> rejected().reject("再次", TODAY));
    }

    @Test
    void rejectsOnlyBeforeThePublicNotice() {
        HardshipAid fromApproved = approved();
        fromApproved.reject("经费不足", TODAY);
        assertThat(fromApproved.getStatus()).isEqualTo(AidStatus.REJECTED);
        assertOutOfOrder(() -> publicized().reject("太晚", TODAY));
        assertOutOfOrder(() -> paid().reject("太晚", TODAY));
        assertRefused(() -> applied().reject(" ", TODAY), "rejectReason", "common.required");
    }

    @Test
    void refusesANoticeShorterThanTheMinimum() {
        assertRefused(() -> approved().publicize(NOTICE_START, NOTICE_START.plusDays(HardshipAid.NOTICE_MIN_DAYS - 1),
                TODAY), "noticeEnd", "aid.notice.too-short");
    }

    @Test
    void refusesAPaymentBeforeTheNoticeEnds() {
        assertRefused(() -> publicized().pay(NOTICE_END.minusDays(1), TODAY), "paidOn", "aid.paid.before-notice-end");
    }

    @Test
    void refusesAnApprovalDatedBeforeTheApplication() {
        assertRefused(() -> applied().approve("支委会", APPLIED.minusDays(1), TODAY), "approvedOn",
                "aid.date.before-previous-step");
    }

    @Test
    void refusesAnAmountThatIsNotPositiveOrWithoutFundingSource() {
        HardshipRecord record = Fixtures.openRecord();
        assertRefused(() -> HardshipAid.apply(record, new AidApplication(APPLIED, BigDecimal.ZERO,
                FundingSource.BUDGET, "补助"), TODAY), "amount", "aid.amount.positive");
        assertRefused(() -> HardshipAid.apply(record, new AidApplication(APPLIED, new BigDecimal("10.005"),
                FundingSource.BUDGET, "补助"), TODAY), "amount", "aid.amount.invalid");
        assertRefused(() -> HardshipAid.apply(record, new AidApplication(APPLIED, BigDecimal.TEN, null, "补助"),
                TODAY), "fundingSource", "aid.funding-source.required");
    }

    @Test
    void refusesAidForAClosedRecord() {
        HardshipRecord record = Fixtures.openRecord();
        record.close(TODAY, "已脱困", TODAY);
        assertRefused(() -> HardshipAid.apply(record, new AidApplication(APPLIED, BigDecimal.TEN,
                FundingSource.BUDGET, "补助"), TODAY), null, "aid.record-closed");
    }
}
