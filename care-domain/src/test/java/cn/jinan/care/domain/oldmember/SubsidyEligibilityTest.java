package cn.jinan.care.domain.oldmember;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.member.Members;
import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * 第26条: 新中国成立前入党的农村老党员和未享受离退休待遇的城镇老党员 have the living subsidy, computed from the member record; not
 * from the month after death or transfer out.
 */
class SubsidyEligibilityTest {

    private static final int YEAR = 2025;

    @Test
    void aRuralMemberAdmittedTheDayBeforeTheFoundingIsEligibleAllYear() {
        Member member = OldMembers.rural(LocalDate.of(1949, 9, 30));

        assertThat(SubsidyEligibility.of(member, YEAR, Parameters.defaults())).contains(new Eligibility(
                EligibilityReason.RURAL_BEFORE_1949, LocalDate.of(1949, 9, 30), LocalDate.of(1949, 10, 1),
                YearMonth.of(YEAR, 1), YearMonth.of(YEAR, 12)));
    }

    @Test
    void aRuralMemberAdmittedOnTheFoundingDayIsNotEligible() {
        assertThat(SubsidyEligibility.of(OldMembers.rural(LocalDate.of(1949, 10, 1)), YEAR, Parameters.defaults()))
                .isEmpty();
    }

    @Test
    void anUrbanOldMemberWithoutRetirementPayIsEligibleByTheSecondRule() {
        Member member = OldMembers.member(LocalDate.of(1948, 3, 1), Household.URBAN, true);

        assertThat(SubsidyEligibility.of(member, YEAR, Parameters.defaults())).map(Eligibility::reason)
                .contains(EligibilityReason.URBAN_WITHOUT_PENSION);
    }

    @Test
    void anUrbanOldMemberWithRetirementPayIsNotEligible() {
        Member member = OldMembers.member(LocalDate.of(1948, 3, 1), Household.URBAN, false);

        assertThat(SubsidyEligibility.of(member, YEAR, Parameters.defaults())).isEmpty();
    }

    @Test
    void anUrbanMemberWithoutPensionAdmittedAfterTheFoundingIsNotAnOldMemberOfTheRule() {
        Member member = OldMembers.member(LocalDate.of(1949, 10, 1), Household.URBAN, true);

        assertThat(SubsidyEligibility.of(member, YEAR, Parameters.defaults())).isEmpty();
    }

    @Test
    void aMemberWhoDiedIsEligibleUpToTheMonthOfDeath() {
        Member member = OldMembers.rural(LocalDate.of(1947, 3, 1));
        member.record(MemberEventKind.DIED, LocalDate.of(YEAR, 5, 31), null, Members.TODAY);

        assertThat(SubsidyEligibility.of(member, YEAR, Parameters.defaults())).map(Eligibility::lastMonth)
                .contains(YearMonth.of(YEAR, 5));
        assertThat(SubsidyEligibility.of(member, YEAR + 1, Parameters.defaults())).isEmpty();
    }

    @Test
    void aMemberTransferredInIsEligibleFromTheMonthOfTheTransfer() {
        Member member = OldMembers.rural(LocalDate.of(1947, 3, 1));
        member.record(MemberEventKind.TRANSFERRED_OUT, LocalDate.of(YEAR - 1, 8, 1), null, Members.TODAY);
        member.record(MemberEventKind.TRANSFERRED_IN, LocalDate.of(YEAR, 3, 20), null, Members.TODAY);

        Eligibility eligibility = SubsidyEligibility.of(member, YEAR, Parameters.defaults()).orElseThrow();

        assertThat(eligibility.firstMonth()).isEqualTo(YearMonth.of(YEAR, 3));
        assertThat(eligibility.covers(SubsidyPeriod.quarter(YEAR, 1))).isFalse();
        assertThat(eligibility.covers(SubsidyPeriod.quarter(YEAR, 2))).isTrue();
    }

    @Test
    void theCutoffIsTheParameterInForceOnJanuaryFirst() {
        Parameters laterCutoffFrom2026 = (key, day) -> key == ParameterKey.OLD_MEMBER_SUBSIDY_RURAL_BEFORE
                && day.getYear() >= 2026 ? new BigDecimal("19500101") : key.defaultValue();
        Member member = OldMembers.rural(LocalDate.of(1949, 12, 1));

        assertThat(SubsidyEligibility.of(member, 2025, laterCutoffFrom2026)).isEmpty();
        assertThat(SubsidyEligibility.of(member, 2026, laterCutoffFrom2026)).map(Eligibility::cutoff)
                .contains(LocalDate.of(1950, 1, 1));
    }
}
