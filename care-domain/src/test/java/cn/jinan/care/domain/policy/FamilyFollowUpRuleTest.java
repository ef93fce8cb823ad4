package cn.jinan.care.domain.policy;

import static cn.jinan.care.domain.member.Members.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.obligation.Obligation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * R28-FAMILY-FOLLOW-UP, 第28条: the family of a member who died on duty is followed up every FAMILY_FOLLOW_UP_MONTHS (6)
 * months: first after the death, then after each follow-up.
 */
class FamilyFollowUpRuleTest {

    private static final LocalDate DEATH = LocalDate.of(2025, 3, 10);

    private final FamilyFollowUpRule rule = new FamilyFollowUpRule();

    @Test
    void isTheRuleOfArticle28() {
        assertThat(rule.code().code()).isEqualTo("R28-FAMILY-FOLLOW-UP");
        assertThat(rule.code().article()).isEqualTo(28);
        assertThat(ParameterKey.FAMILY_FOLLOW_UP_MONTHS.defaultValue()).isEqualByComparingTo("6");
        assertThat(ParameterKey.FAMILY_FOLLOW_UP_MONTHS.rule()).isEqualTo(RuleCode.R28_FAMILY_FOLLOW_UP);
    }

    @Test
    void theFirstFollowUpIsDueSixMonthsAfterTheDeathToTheDay() {
        assertThat(rule.first(DEATH, Parameters.defaults())).isEqualTo(new ObligationSpec(
                RuleCode.R28_FAMILY_FOLLOW_UP, RequiredAction.FAMILY_FOLLOW_UP, LocalDate.of(2025, 9, 10)));
    }

    @Test
    void aFollowUpOnTheDueDayIsOnTimeAndTheDayAfterIsLate() {
        Member member = aMember().build();
        ObligationSpec first = rule.first(DEATH, Parameters.defaults());

        Obligation onTheDay = Obligation.arise(member, null, DEATH, first);
        assertThat(onTheDay.isOverdue(LocalDate.of(2025, 9, 10))).isFalse();
        assertThat(onTheDay.isOverdue(LocalDate.of(2025, 9, 11))).isTrue();
        onTheDay.fulfil("CASUALTY", 1, LocalDate.of(2025, 9, 10));
        assertThat(onTheDay.isLate()).isFalse();

        Obligation dayAfter = Obligation.arise(member, null, DEATH, first);
        dayAfter.fulfil("CASUALTY", 2, LocalDate.of(2025, 9, 11));
        assertThat(dayAfter.isLate()).isTrue();
    }

    @Test
    void aDeathOnTheLastDayOfAugustIsDueOnTheLastDayOfFebruary() {
        assertThat(rule.first(LocalDate.of(2024, 8, 31), Parameters.defaults()).dueDate())
                .isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(rule.first(LocalDate.of(2023, 8, 31), Parameters.defaults()).dueDate())
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void thePeriodInForceOnTheDayOfTheLastFollowUpCounts() {
        // every 3 months from 2025-07-01, 6 before
        Parameters changed = (key, day) -> key == ParameterKey.FAMILY_FOLLOW_UP_MONTHS
                && !day.isBefore(LocalDate.of(2025, 7, 1)) ? new BigDecimal("3") : key.defaultValue();

        assertThat(rule.next(LocalDate.of(2025, 6, 30), changed).dueDate()).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(rule.next(LocalDate.of(2025, 7, 1), changed).dueDate()).isEqualTo(LocalDate.of(2025, 10, 1));
    }

    @Test
    void eachFollowUpAsksForTheNextOneEvenThoughTheMemberHasDied() {
        Member member = aMember().build();
        member.record(MemberEventKind.DIED, DEATH, null, LocalDate.of(2025, 6, 15));
        PolicyEngine engine = new PolicyEngine();

        assertThat(engine.followUp(member, RuleCode.R28_FAMILY_FOLLOW_UP, LocalDate.of(2025, 5, 20),
                Parameters.defaults())).contains(new ObligationSpec(RuleCode.R28_FAMILY_FOLLOW_UP,
                        RequiredAction.FAMILY_FOLLOW_UP, LocalDate.of(2025, 11, 20)));
        assertThat(engine.isRecurring(RuleCode.R28_FAMILY_FOLLOW_UP)).isTrue();
        assertThat(engine.isRecurring(RuleCode.R26_OLD_MEMBER_VISIT)).isTrue();
        assertThat(engine.isRecurring(RuleCode.R22_HEALTH_CHECK)).isFalse();
    }

    @Test
    void aDeathAloneOpensNoFamilyFollowUp() {
        // the death event does not say it was on duty: the casualty register opens the follow-up
        Member member = aMember().build();
        assertThat(new PolicyEngine().obligationsFor(member, MemberEventKind.DIED, DEATH, Parameters.defaults()))
                .extracting(ObligationSpec::rule).doesNotContain(RuleCode.R28_FAMILY_FOLLOW_UP);
    }
}
