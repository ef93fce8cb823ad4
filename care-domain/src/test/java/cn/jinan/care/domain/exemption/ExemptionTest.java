package cn.jinan.care.domain.exemption;

import static cn.jinan.care.domain.member.Members.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.DomainException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A member exempted from a yearly member quota for a year (long illness, bedridden, working away), with the reason and
 * who approved it. Only the member quotas R03, R04 and R08-SUPERIOR-TALKS can be exempted from.
 */
class ExemptionTest {

    private static final int CURRENT_YEAR = 2025;

    private final Member member = aMember().build();

    private static void assertRefused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getField()).as("field").isEqualTo(field);
            assertThat(e.getMessageKey()).as("message key").isEqualTo(messageKey);
        });
    }

    @ParameterizedTest
    @EnumSource(value = RuleCode.class, names = {"R03_TRAINING_HOURS", "R04_LECTURES", "R08_SUPERIOR_TALKS"})
    void aMemberCanBeExemptedFromAMemberQuotaForAYear(RuleCode rule) {
        Exemption exemption = Exemption.grant(member, CURRENT_YEAR, rule, ExemptionReason.LONG_ILLNESS, null,
                " 组织委员 王某 ", CURRENT_YEAR);

        assertThat(exemption.getMember()).isSameAs(member);
        assertThat(exemption.getYear()).isEqualTo(CURRENT_YEAR);
        assertThat(exemption.getRule()).isEqualTo(rule);
        assertThat(exemption.getReason()).isEqualTo(ExemptionReason.LONG_ILLNESS);
        assertThat(exemption.getApprovedBy()).isEqualTo("组织委员 王某");
    }

    @ParameterizedTest
    @EnumSource(value = RuleCode.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"R03_TRAINING_HOURS", "R04_LECTURES", "R08_SUPERIOR_TALKS"})
    void noOtherRuleCanBeExemptedFrom(RuleCode rule) {
        assertRefused(() -> Exemption.grant(member, CURRENT_YEAR, rule, ExemptionReason.LONG_ILLNESS, null, "王某",
                CURRENT_YEAR), "rule", "exemption.rule.not-quota");
    }

    @Test
    void aMissingRuleIsRefusedAsNotAQuota() {
        assertRefused(() -> Exemption.grant(member, CURRENT_YEAR, null, ExemptionReason.LONG_ILLNESS, null, "王某",
                CURRENT_YEAR), "rule", "exemption.rule.not-quota");
    }

    @ParameterizedTest
    @ValueSource(ints = {2019, 2024, 2025, 2026})
    void coversAYearFromTheRegulationToNextYear(int year) {
        assertThat(Exemption.grant(member, year, RuleCode.R03_TRAINING_HOURS, ExemptionReason.WORKING_AWAY, null,
                "王某", CURRENT_YEAR).getYear()).isEqualTo(year);
    }

    @ParameterizedTest
    @ValueSource(ints = {2018, 2027, 0})
    void refusesAYearBeforeTheRegulationOrAfterNextYear(int year) {
        assertRefused(() -> Exemption.grant(member, year, RuleCode.R03_TRAINING_HOURS, ExemptionReason.WORKING_AWAY,
                null, "王某", CURRENT_YEAR), "year", "exemption.year.range");
    }

    @Test
    void needsAReasonWhoApprovedAndForOtherReasonsAnExplanation() {
        assertRefused(() -> Exemption.grant(member, CURRENT_YEAR, RuleCode.R03_TRAINING_HOURS, null, null, "王某",
                CURRENT_YEAR), "reason", "common.required");
        assertRefused(() -> Exemption.grant(member, CURRENT_YEAR, RuleCode.R03_TRAINING_HOURS,
                ExemptionReason.BEDRIDDEN, null, " ", CURRENT_YEAR), "approvedBy", "common.required");
        assertRefused(() -> Exemption.grant(member, CURRENT_YEAR, RuleCode.R03_TRAINING_HOURS,
                ExemptionReason.OTHER, null, "王某", CURRENT_YEAR), "reasonText", "common.required");
    }
}
