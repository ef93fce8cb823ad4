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

/** R29-CONDOLENCE, 第29条: 党员去世后，派人或者采取适当方式吊唁并慰问其亲属. 7 days by default. */
class CondolenceRuleTest {

    private static final LocalDate DIED = LocalDate.of(2024, 12, 28);

    private final CondolenceRule rule = new CondolenceRule();
    private final Member member = aMember().build();

    @Test
    void isTheRuleOfArticle29() {
        assertThat(rule.code().code()).isEqualTo("R29-CONDOLENCE");
        assertThat(rule.code().article()).isEqualTo(29);
    }

    @Test
    void aMembersDeathCallsForACondolenceVisitWithin7Days() {
        assertThat(rule.onEvent(member, MemberEventKind.DIED, DIED, Parameters.defaults())).contains(
                new ObligationSpec(RuleCode.R29_CONDOLENCE, RequiredAction.CONDOLENCE_VISIT, LocalDate.of(2025, 1, 4)));
    }

    @Test
    void theLimitIsTheParameterInForceOnTheDayOfDeath() {
        Parameters tenDaysFrom2025 = (key, day) -> key == ParameterKey.CONDOLENCE_DAYS && day.getYear() >= 2025
                ? BigDecimal.TEN : key.defaultValue();

        assertThat(rule.onEvent(member, MemberEventKind.DIED, DIED, tenDaysFrom2025))
                .map(ObligationSpec::dueDate).contains(LocalDate.of(2025, 1, 4));
        assertThat(rule.onEvent(member, MemberEventKind.DIED, LocalDate.of(2025, 1, 2), tenDaysFrom2025))
                .map(ObligationSpec::dueDate).contains(LocalDate.of(2025, 1, 12));
    }

    @ParameterizedTest
    @EnumSource(value = MemberEventKind.class, mode = EnumSource.Mode.EXCLUDE, names = "DIED")
    void otherEventsCallForNoCondolence(MemberEventKind kind) {
        assertThat(rule.onEvent(member, kind, DIED, Parameters.defaults())).isEmpty();
    }
}
