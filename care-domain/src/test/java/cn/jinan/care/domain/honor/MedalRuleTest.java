package cn.jinan.care.domain.honor;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.honor.MedalRule.Standing;
import cn.jinan.care.domain.member.MemberStatus;
import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.Parameters;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.sanction.ImpactPeriod;
import cn.jinan.care.domain.sanction.SanctionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R09-MEDAL-50 (第9条): party age of 50 years or more as of July 1 of the year, counted from the full-membership date;
 * not while inside a sanction's impact period (第20条).
 */
class MedalRuleTest {

    private final MedalRule rule = MedalRule.forYear(Parameters.defaults(), 2025);

    @Test
    void isTheRuleOfArticle9CountedOnJulyFirstWithFiftyYears() {
        assertThat(MedalRule.CODE).isEqualTo(RuleCode.R09_MEDAL_50);
        assertThat(rule.countDate(2025)).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(rule.minPartyAge()).isEqualTo(50);
        assertThat(rule.latestFullMemberDate(2025)).isEqualTo(LocalDate.of(1975, 7, 1));
    }

    @Test
    void aFullMemberSinceJulyFirst1975IsACandidateOnThe2025List() {
        assertThat(assess(MemberStatus.ACTIVE, LocalDate.of(1975, 7, 1))).isEqualTo(Standing.CANDIDATE);
    }

    @Test
    void aFullMemberSinceJulySecond1975IsNotYetOnThe2025ListButIsOnThe2026One() {
        assertThat(assess(MemberStatus.ACTIVE, LocalDate.of(1975, 7, 2))).isEqualTo(Standing.TOO_FEW_YEARS);
        assertThat(rule.assess(MemberStatus.ACTIVE, LocalDate.of(1975, 7, 2), false, List.of(), 2026))
                .isEqualTo(Standing.CANDIDATE);
    }

    @Test
    void partyAgeCountsFromFullMembershipNotFromAdmission() {
        // admitted in 1974 (more than 50 years before), a full member only in 1976
        assertThat(assess(MemberStatus.ACTIVE, LocalDate.of(1976, 3, 1))).isEqualTo(Standing.TOO_FEW_YEARS);
        assertThat(rule.partyAgeOn(LocalDate.of(1976, 3, 1), 2025).orElseThrow().years()).isEqualTo(49);
    }

    @Test
    void aMemberAdmittedButNeverAFullMemberHasNoPartyAgeAndIsNotListed() {
        assertThat(assess(MemberStatus.ACTIVE, null)).isEqualTo(Standing.NOT_FULL_MEMBER);
    }

    @ParameterizedTest
    @EnumSource(value = MemberStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void deceasedTransferredOutAndFormerMembersAreNotListed(MemberStatus status) {
        assertThat(assess(status, LocalDate.of(1960, 1, 1))).isEqualTo(Standing.NOT_ON_ROSTER);
    }

    @Test
    void aMemberWhoHasTheMedalIsNotListedAgain() {
        assertThat(rule.assess(MemberStatus.ACTIVE, LocalDate.of(1960, 1, 1), true, List.of(), 2025))
                .isEqualTo(Standing.AWARDED);
    }

    @Test
    void aMemberInsideAnImpactPeriodOnJulyFirstIsHeldBackAndListedAgainAfterIt() {
        LocalDate full = LocalDate.of(1970, 1, 1);
        // a warning decided 2024-07-02 lasts through 2025-07-01: held back in 2025
        ImpactPeriod warning = ImpactPeriod.of(SanctionType.WARNING, LocalDate.of(2024, 7, 2), null,
                Parameters.defaults());
        assertThat(warning.lastDay()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(rule.assess(MemberStatus.ACTIVE, full, false, List.of(warning), 2025)).isEqualTo(Standing.HELD_BACK);
        assertThat(rule.assess(MemberStatus.ACTIVE, full, false, List.of(warning), 2026)).isEqualTo(Standing.CANDIDATE);
        // decided a day earlier, it ended on 2025-06-30: a candidate in 2025
        ImpactPeriod earlier = ImpactPeriod.of(SanctionType.WARNING, LocalDate.of(2024, 7, 1), null,
                Parameters.defaults());
        assertThat(rule.assess(MemberStatus.ACTIVE, full, false, List.of(earlier), 2025)).isEqualTo(Standing.CANDIDATE);
    }

    @Test
    void aSanctionDecidedAfterTheCountingDayDoesNotHoldBackThatYearsList() {
        ImpactPeriod later = ImpactPeriod.of(SanctionType.WARNING, LocalDate.of(2025, 7, 2), null,
                Parameters.defaults());
        assertThat(rule.assess(MemberStatus.ACTIVE, LocalDate.of(1970, 1, 1), false, List.of(later), 2025))
                .isEqualTo(Standing.CANDIDATE);
    }

    @Test
    void theYearsAndTheCountingDayAreParameters() {
        Parameters sixtyOnOctoberFirst = (key, day) -> switch (key) {
            case MEDAL_MIN_PARTY_AGE -> new BigDecimal("60");
            case MEDAL_COUNT_MONTH -> new BigDecimal("10");
            case MEDAL_COUNT_DAY -> BigDecimal.ONE;
            default -> key.defaultValue();
        };
        MedalRule other = MedalRule.forYear(sixtyOnOctoberFirst, 2025);
        assertThat(other.countDate(2025)).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(other.latestFullMemberDate(2025)).isEqualTo(LocalDate.of(1965, 10, 1));
        assertThat(ParameterKey.MEDAL_MIN_PARTY_AGE.rule()).isEqualTo(RuleCode.R09_MEDAL_50);
    }

    @Test
    void theLatestFullMemberDateAgreesWithPartyAgeAroundLeapDays() {
        MedalRule onFeb29 = new MedalRule(50, 2, 29);
        // 2026 has no 29 February: counted on the 28th; a full member of 1976-02-29 completes 50 years only on 1 March
        assertThat(onFeb29.countDate(2026)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(onFeb29.assess(MemberStatus.ACTIVE, LocalDate.of(1976, 2, 29), false, List.of(), 2026))
                .isEqualTo(Standing.TOO_FEW_YEARS);
        assertThat(LocalDate.of(1976, 2, 29)).isAfter(onFeb29.latestFullMemberDate(2026));
        assertThat(onFeb29.assess(MemberStatus.ACTIVE, LocalDate.of(1976, 2, 28), false, List.of(), 2026))
                .isEqualTo(Standing.CANDIDATE);
        assertThat(LocalDate.of(1976, 2, 28)).isBeforeOrEqualTo(onFeb29.latestFullMemberDate(2026));
    }

    private Standing assess(MemberStatus status, LocalDate fullMemberDate) {
        return rule.assess(status, fullMemberDate, false, List.of(), 2025);
    }
}
