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

/** R29-END-OF-LIFE, 第29条: 党员临终前，党组织应当派人或者采取适当方式探望抚慰. 7 days by default. */
class EndOfLifeRuleTest {

    private static final LocalDate EVENT = LocalDate.of(2025, 2, 25);

    private final EndOfLifeRule rule = new EndOfLifeRule();
    private final Member member = aMember().build();

    @Test
    void isTheRuleOfArticle29() {
        assertThat(rule.code().code()).isEqualTo("R29-END-OF-LIFE");
        assertThat(rule.code().article()).isEqualTo(29);
    }

    @Test
    void aCriticallyIllMemberIsVisitedWithin7Days() {
        assertThat(rule.onEvent(member, MemberEventKind.CRITICALLY_ILL, EVENT, Parameters.defaults())).contains(
                new ObligationSpec(RuleCode.R29_END_OF_LIFE, RequiredAction.END_OF_LIFE_VISIT,
                        LocalDate.of(2025, 3, 4)));
    }

    @Test
    void theLimitIsTheParameterInForceOnTheEventDate() {
        Parameters twoDays = (key, day) -> key == ParameterKey.END_OF_LIFE_VISIT_DAYS ? BigDecimal.valueOf(2)
                : key.defaultValue();

        assertThat(rule.onEvent(member, MemberEventKind.CRITICALLY_ILL, EVENT, twoDays))
                .map(ObligationSpec::dueDate).contains(LocalDate.of(2025, 2, 27));
    }

    @ParameterizedTest
    @EnumSource(value = MemberEventKind.class, mode = EnumSource.Mode.EXCLUDE, names = "CRITICALLY_ILL")
    void otherEventsCallForNoEndOfLifeVisit(MemberEventKind kind) {
        assertThat(rule.onEvent(member, kind, EVENT, Parameters.defaults())).isEmpty();
    }
}
