package cn.jinan.care.domain.visit;

import static cn.jinan.care.domain.member.Members.TODAY;
import static cn.jinan.care.domain.member.Members.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A visit (走访慰问, 第26、27、29条). Every visit that gives money or goods says where they came from (final article:
 * 经费保障); a condolence (第29条: 吊唁并慰问其亲属) is to the family.
 */
class VisitTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    private final Member member = aMember().build();

    private static VisitDetails details(VisitKind kind, boolean familyVisited, String money, FundingSource source) {
        return new VisitDetails(DAY, kind, "李书记、王委员", familyVisited, money == null ? null : new BigDecimal(money),
                null, null, source, null);
    }

    private static void assertRefused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getField()).as("field").isEqualTo(field);
            assertThat(e.getMessageKey()).as("message key").isEqualTo(messageKey);
        });
    }

    @Test
    void keepsWhatWasGivenAndWhereItCameFrom() {
        Visit visit = Visit.log(member, new VisitDetails(DAY, VisitKind.OLD_MEMBER, " 李书记 ", false,
                new BigDecimal("500.00"), "米、油", new BigDecimal("120.50"), FundingSource.PARTY_FEES, "身体尚可"), TODAY);

        assertThat(visit.getDate()).isEqualTo(DAY);
        assertThat(visit.getKind()).isEqualTo(VisitKind.OLD_MEMBER);
        assertThat(visit.getVisitors()).isEqualTo("李书记");
        assertThat(visit.getMoney()).isEqualByComparingTo("500");
        assertThat(visit.getGoods()).isEqualTo("米、油");
        assertThat(visit.getGoodsValue()).isEqualByComparingTo("120.5");
        assertThat(visit.getFundingSource()).isEqualTo(FundingSource.PARTY_FEES);
        assertThat(visit.totalValue()).isEqualByComparingTo("620.5");
        assertThat(visit.isFamilyVisited()).isFalse();
    }

    @Test
    void aVisitThatGivesNothingNeedsNoFundingSource() {
        Visit visit = Visit.log(member, details(VisitKind.OLD_MEMBER, false, null, null), TODAY);

        assertThat(visit.getMoney()).isEqualByComparingTo("0");
        assertThat(visit.getGoodsValue()).isEqualByComparingTo("0");
        assertThat(visit.getFundingSource()).isNull();
    }

    @Test
    void refusesNegativeMoney() {
        assertRefused(() -> Visit.log(member, details(VisitKind.HARDSHIP, false, "-1", FundingSource.BUDGET), TODAY),
                "money", "amount.negative");
    }

    @Test
    void refusesANegativeGoodsValue() {
        assertRefused(() -> Visit.log(member, new VisitDetails(DAY, VisitKind.HARDSHIP, "李书记", false, null, "米",
                new BigDecimal("-0.01"), FundingSource.BUDGET, null), TODAY), "goodsValue", "amount.negative");
    }

    @Test
    void refusesAnAmountWithFractionsOfAFen() {
        assertRefused(() -> Visit.log(member, details(VisitKind.HARDSHIP, false, "10.005", FundingSource.BUDGET),
                TODAY), "money", "amount.invalid");
    }

    @Test
    void refusesMoneyWithoutAFundingSource() {
        assertRefused(() -> Visit.log(member, details(VisitKind.EMERGENCY, false, "200", null), TODAY),
                "fundingSource", "visit.funding-source.required");
    }

    @Test
    void refusesGoodsOfValueWithoutAFundingSourceOrWithoutSayingWhatTheyWere() {
        assertRefused(() -> Visit.log(member, new VisitDetails(DAY, VisitKind.HOLIDAY, "李书记", false, null, "慰问品",
                new BigDecimal("80"), null, null), TODAY), "fundingSource", "visit.funding-source.required");
        assertRefused(() -> Visit.log(member, new VisitDetails(DAY, VisitKind.HOLIDAY, "李书记", false, null, null,
                new BigDecimal("80"), FundingSource.BUDGET, null), TODAY), "goods", "visit.goods.required-with-value");
    }

    @Test
    void aCondolenceIsAlwaysToTheFamily() {
        Visit condolence = Visit.log(member, details(VisitKind.CONDOLENCE, false, null, null), TODAY);

        assertThat(condolence.isFamilyVisited()).isTrue();
    }

    @Test
    void anyVisitAfterTheMembersDeathIsToTheFamily() {
        member.record(MemberEventKind.DIED, DAY.minusDays(2), null, TODAY);

        assertThat(Visit.log(member, details(VisitKind.HARDSHIP, false, null, null), TODAY).isFamilyVisited()).isTrue();
    }

    @Test
    void refusesAVisitInTheFuture() {
        assertRefused(() -> Visit.log(member, new VisitDetails(TODAY.plusDays(1), VisitKind.OLD_MEMBER, "李书记", false,
                null, null, null, null, null), TODAY), "date", "date.not-in-future");
    }

    @Test
    void refusesAVisitWithoutKindOrVisitors() {
        assertRefused(() -> Visit.log(member, details(null, false, null, null), TODAY), "kind", "common.required");
        assertRefused(() -> Visit.log(member, new VisitDetails(DAY, VisitKind.OLD_MEMBER, " ", false, null, null,
                null, null, null), TODAY), "visitors", "common.required");
    }

    @Test
    void eachObligedVisitKindFulfilsItsAction() {
        assertThat(VisitKind.OLD_MEMBER.fulfils()).contains(RequiredAction.OLD_MEMBER_VISIT);
        assertThat(VisitKind.EMERGENCY.fulfils()).contains(RequiredAction.EMERGENCY_VISIT);
        assertThat(VisitKind.END_OF_LIFE.fulfils()).contains(RequiredAction.END_OF_LIFE_VISIT);
        assertThat(VisitKind.CONDOLENCE.fulfils()).contains(RequiredAction.CONDOLENCE_VISIT);
    }

    @ParameterizedTest
    @EnumSource(value = VisitKind.class, names = {"HARDSHIP"})
    void visitsNoRuleObligesFulfilNothing(VisitKind kind) {
        assertThat(kind.fulfils()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void holidayAndCasualtyFamilyVisitsAnswerTheirRegistersObligations() {
        assertThat(VisitKind.HOLIDAY.fulfils()).contains(RequiredAction.HOLIDAY_VISIT);
        assertThat(VisitKind.CASUALTY_FAMILY.fulfils()).contains(RequiredAction.FAMILY_FOLLOW_UP);
    }

    @ParameterizedTest
    @EnumSource(value = RequiredAction.class, names = {"OLD_MEMBER_VISIT", "EMERGENCY_VISIT", "END_OF_LIFE_VISIT",
            "CONDOLENCE_VISIT"})
    void everyVisitActionHasTheVisitKindThatFulfilsIt(RequiredAction action) {
        assertThat(VisitKind.forAction(action)).hasValueSatisfying(k -> assertThat(k.fulfils()).contains(action));
        assertThat(action.isTalk()).isFalse();
    }
}
