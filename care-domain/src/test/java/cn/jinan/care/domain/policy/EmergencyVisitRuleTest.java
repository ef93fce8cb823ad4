package cn.jinan.care.domain.policy;

import static cn.jinan.care.domain.member.Members.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R27-EMERGENCY-VISIT, 第27条: 家庭成员遇到重大自然灾害、重大意外事故、重大疾病等突发情况的，党组织应当及时派人上门看望慰问. "及时" is
 * 7 days by default.
 */
class EmergencyVisitRuleTest {

    private static final LocalDate EVENT = LocalDate.of(2025, 5, 28);

    private final EmergencyVisitRule rule = new EmergencyVisitRule();
    private final Member member = aMember().build();

    @Test
    void isTheRuleOfArticle27() {
        assertThat(rule.code().code()).isEqualTo("R27-EMERGENCY-VISIT");
        assertThat(rule.code().article()).isEqualTo(27);
    }

    @Test
    void aDisasterInTheFamilyCallsForAHomeVisitWithin7Days() {
        assertThat(rule.onEvent(member, MemberEventKind.FAMILY_DISASTER, EVENT, Parameters.defaults())).contains(
                new ObligationSpec(RuleCode.R27_EMERGENCY_VISIT, RequiredAction.EMERGENCY_VISIT,
                        LocalDate.of(2025, 6, 4)));
    }

    @Test
    void theLimitIsTheOneInForceOnTheEventDate() {
        Parameters threeDaysFromJune = (key, day) -> key == ParameterKey.EMERGENCY_VISIT_DAYS
                && !day.isBefore(LocalDate.of(2025, 6, 1)) ? BigDecimal.valueOf(3) : key.defaultValue();

        assertThat(rule.onEvent(member, MemberEventKind.FAMILY_DISASTER, LocalDate.of(2025, 5, 31), threeDaysFromJune))
                .map(ObligationSpec::dueDate).contains(LocalDate.of(2025, 6, 7));
        assertThat(rule.onEvent(member, MemberEventKind.FAMILY_DISASTER, LocalDate.of(2025, 6, 1), threeDaysFromJune))
                .map(ObligationSpec::dueDate).contains(LocalDate.of(2025, 6, 4));
    }

    @ParameterizedTest
    @EnumSource(value = MemberEventKind.class, mode = EnumSource.Mode.EXCLUDE, names = "FAMILY_DISASTER")
    void otherEventsCallForNoEmergencyVisit(MemberEventKind kind) {
        assertThat(rule.onEvent(member, kind, EVENT, Parameters.defaults())).isEmpty();
    }
}
