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
 * R26-OLD-MEMBER-VISIT, 第26条: 对于重病、高龄、失能等特殊困难的[老党员老干部]，党组织应当经常上门看望. An old member is one of at least
 * OLD_MEMBER_MIN_AGE (60) on the event date, or retired; "经常" is every OLD_MEMBER_VISIT_MONTHS (3) months.
 */
class OldMemberVisitRuleTest {

    private static final LocalDate EVENT = LocalDate.of(2025, 4, 15);

    private final OldMemberVisitRule rule = new OldMemberVisitRule();

    @Test
    void isTheRuleOfArticle26() {
        assertThat(rule.code().code()).isEqualTo("R26-OLD-MEMBER-VISIT");
        assertThat(rule.code().article()).isEqualTo(26);
    }

    @Test
    void aSeriouslyIllMemberOf60IsVisitedWithin3Months() {
        Member sixty = aMember().aged(60, EVENT).build();

        assertThat(rule.onEvent(sixty, MemberEventKind.SERIOUSLY_ILL, EVENT, Parameters.defaults())).contains(
                new ObligationSpec(RuleCode.R26_OLD_MEMBER_VISIT, RequiredAction.OLD_MEMBER_VISIT,
                        LocalDate.of(2025, 7, 15)));
    }

    @Test
    void theAgeIsTakenOnTheEventDate() {
        Member turnsSixtyTheDayAfter = aMember().aged(60, EVENT.plusDays(1)).build();
        Member turnedSixtyThatDay = aMember().aged(60, EVENT).build();

        assertThat(rule.onEvent(turnsSixtyTheDayAfter, MemberEventKind.SERIOUSLY_ILL, EVENT, Parameters.defaults()))
                .isEmpty();
        assertThat(rule.onEvent(turnedSixtyThatDay, MemberEventKind.SERIOUSLY_ILL, EVENT, Parameters.defaults()))
                .isPresent();
    }

    @Test
    void aRetiredMemberIsAnOldMemberWhateverTheAge() {
        Member retiredAt55 = aMember().aged(55, EVENT).retired().build();

        assertThat(rule.onEvent(retiredAt55, MemberEventKind.SERIOUSLY_ILL, EVENT, Parameters.defaults()))
                .map(ObligationSpec::action).contains(RequiredAction.OLD_MEMBER_VISIT);
    }

    @Test
    void aSeriouslyIllWorkingMemberOf45IsNotAnOldMember() {
        Member working45 = aMember().aged(45, EVENT).build();

        assertThat(rule.onEvent(working45, MemberEventKind.SERIOUSLY_ILL, EVENT, Parameters.defaults())).isEmpty();
    }

    @Test
    void theMinimumAgeIsTheOneInForceOnTheEventDate() {
        Parameters sixtyFiveFrom2025 = (key, day) -> key == ParameterKey.OLD_MEMBER_MIN_AGE && day.getYear() >= 2025
                ? BigDecimal.valueOf(65) : key.defaultValue();
        Member member = aMember().born(LocalDate.of(1962, 1, 1)).build();

        assertThat(rule.onEvent(member, MemberEventKind.SERIOUSLY_ILL, LocalDate.of(2024, 12, 31), sixtyFiveFrom2025))
                .isPresent();
        assertThat(rule.onEvent(member, MemberEventKind.SERIOUSLY_ILL, LocalDate.of(2025, 1, 1), sixtyFiveFrom2025))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = MemberEventKind.class, mode = EnumSource.Mode.EXCLUDE, names = {"SERIOUSLY_ILL", "DISABLED"})
    void otherEventsOfAnOldMemberCallForNoHomeVisit(MemberEventKind kind) {
        Member old = aMember().aged(80, EVENT).retired().build();

        assertThat(rule.onEvent(old, kind, EVENT, Parameters.defaults())).isEmpty();
    }

    @Test
    void theNextVisitIsDueOnePeriodAfterTheLastOne() {
        assertThat(rule.next(LocalDate.of(2025, 5, 20), Parameters.defaults())).isEqualTo(
                new ObligationSpec(RuleCode.R26_OLD_MEMBER_VISIT, RequiredAction.OLD_MEMBER_VISIT,
                        LocalDate.of(2025, 8, 20)));
        // a period ending in a shorter month ends on its last day
        assertThat(rule.next(LocalDate.of(2025, 11, 30), Parameters.defaults()).dueDate())
                .isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void theNextVisitTakesThePeriodInForceOnTheDayOfTheVisit() {
        Parameters monthlyFromJune = (key, day) -> key == ParameterKey.OLD_MEMBER_VISIT_MONTHS
                && !day.isBefore(LocalDate.of(2025, 6, 1)) ? BigDecimal.ONE : key.defaultValue();

        assertThat(rule.next(LocalDate.of(2025, 5, 31), monthlyFromJune).dueDate())
                .isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(rule.next(LocalDate.of(2025, 6, 1), monthlyFromJune).dueDate())
                .isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void aDisabledOldMemberIsVisitedWithin3Months() {
        Member disabled = aMember().aged(70, EVENT).build();

        assertThat(rule.onEvent(disabled, MemberEventKind.DISABLED, EVENT, Parameters.defaults())).contains(
                new ObligationSpec(RuleCode.R26_OLD_MEMBER_VISIT, RequiredAction.OLD_MEMBER_VISIT,
                        LocalDate.of(2025, 7, 15)));
    }

    @Test
    void aDisabledWorkingMemberOf45IsNotAnOldMember() {
        Member working45 = aMember().aged(45, EVENT).build();

        assertThat(rule.onEvent(working45, MemberEventKind.DISABLED, EVENT, Parameters.defaults())).isEmpty();
    }

    @Test
    void aMemberIsVeryOldFromThe80thBirthday() {
        LocalDate birthday = LocalDate.of(2025, 4, 15);
        Member member = aMember().aged(80, birthday).build();

        assertThat(rule.planned(member, birthday.minusDays(1), Parameters.defaults())).isEmpty();
        assertThat(rule.planned(member, birthday, Parameters.defaults())).contains(
                new ObligationSpec(RuleCode.R26_OLD_MEMBER_VISIT, RequiredAction.OLD_MEMBER_VISIT,
                        birthday.plusMonths(3)));
    }

    @Test
    void theVeryOldAgeIsAParameter() {
        Parameters eightyFive = (key, day) -> key == ParameterKey.OLD_MEMBER_VERY_OLD_AGE ? BigDecimal.valueOf(85)
                : key.defaultValue();
        Member eighty = aMember().aged(80, EVENT).build();

        assertThat(rule.planned(eighty, EVENT, eightyFive)).isEmpty();
    }
}
