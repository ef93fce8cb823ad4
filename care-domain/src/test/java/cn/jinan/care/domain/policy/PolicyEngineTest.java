package cn.jinan.care.domain.policy;

import static cn.jinan.care.domain.member.Members.TODAY;
import static cn.jinan.care.domain.member.Members.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The event rules together: what an event obliges, and what follows a fulfilled obligation (R26 recurs). */
class PolicyEngineTest {

    private static final LocalDate EVENT = LocalDate.of(2025, 4, 15);

    private final PolicyEngine engine = new PolicyEngine();

    @Test
    void holdsOneRuleForEachEventObligationItImplements() {
        assertThat(engine.rules()).extracting(EventRule::code).containsExactlyInAnyOrder(
                RuleCode.R08_TALK_ON_EVENT, RuleCode.R26_OLD_MEMBER_VISIT, RuleCode.R27_EMERGENCY_VISIT,
                RuleCode.R29_END_OF_LIFE, RuleCode.R29_CONDOLENCE);
        assertThat(engine.rules()).allSatisfy(r -> assertThat(r.code().kind()).isEqualTo(RuleKind.EVENT_OBLIGATION));
    }

    @Test
    void eachEventOfTheTableCreatesItsObligation() {
        Member old = aMember().aged(70, EVENT).retired().build();

        assertThat(engine.obligationsFor(old, MemberEventKind.ADMITTED, EVENT, Parameters.defaults()))
                .containsExactly(spec(RuleCode.R08_TALK_ON_EVENT, RequiredAction.ENCOURAGEMENT_TALK, 30));
        assertThat(engine.obligationsFor(old, MemberEventKind.SANCTIONED, EVENT, Parameters.defaults()))
                .containsExactly(spec(RuleCode.R08_TALK_ON_EVENT, RequiredAction.EDUCATION_TALK, 15));
        assertThat(engine.obligationsFor(old, MemberEventKind.POST_CHANGED, EVENT, Parameters.defaults()))
                .containsExactly(spec(RuleCode.R08_TALK_ON_EVENT, RequiredAction.POST_CHANGE_TALK, 30));
        assertThat(engine.obligationsFor(old, MemberEventKind.SERIOUSLY_ILL, EVENT, Parameters.defaults()))
                .containsExactly(new ObligationSpec(RuleCode.R26_OLD_MEMBER_VISIT, RequiredAction.OLD_MEMBER_VISIT,
                        EVENT.plusMonths(3)));
        assertThat(engine.obligationsFor(old, MemberEventKind.FAMILY_DISASTER, EVENT, Parameters.defaults()))
                .containsExactly(spec(RuleCode.R27_EMERGENCY_VISIT, RequiredAction.EMERGENCY_VISIT, 7));
        assertThat(engine.obligationsFor(old, MemberEventKind.CRITICALLY_ILL, EVENT, Parameters.defaults()))
                .containsExactly(spec(RuleCode.R29_END_OF_LIFE, RequiredAction.END_OF_LIFE_VISIT, 7));
        assertThat(engine.obligationsFor(old, MemberEventKind.DIED, EVENT, Parameters.defaults()))
                .containsExactly(spec(RuleCode.R29_CONDOLENCE, RequiredAction.CONDOLENCE_VISIT, 7));
    }

    @Test
    void theSeriousIllnessOfAYoungWorkingMemberObligesNothing() {
        Member young = aMember().aged(45, EVENT).build();

        assertThat(engine.obligationsFor(young, MemberEventKind.SERIOUSLY_ILL, EVENT, Parameters.defaults()))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = MemberEventKind.class, names = {"BECAME_FULL_MEMBER", "TRANSFERRED_OUT"})
    void eventsOutsideTheTableObligeNothing(MemberEventKind kind) {
        Member old = aMember().aged(70, EVENT).retired().build();

        assertThat(engine.obligationsFor(old, kind, EVENT, Parameters.defaults())).isEmpty();
    }

    @Test
    void aFulfilledOldMemberVisitAsksForTheNextVisitOnePeriodLater() {
        Member active = aMember().aged(70, EVENT).build();
        LocalDate visited = LocalDate.of(2025, 5, 2);

        assertThat(engine.followUp(active, RuleCode.R26_OLD_MEMBER_VISIT, visited, Parameters.defaults())).contains(
                new ObligationSpec(RuleCode.R26_OLD_MEMBER_VISIT, RequiredAction.OLD_MEMBER_VISIT,
                        LocalDate.of(2025, 8, 2)));
    }

    @ParameterizedTest
    // R28 recurs too: FamilyFollowUpRuleTest
    @EnumSource(value = RuleCode.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"R26_OLD_MEMBER_VISIT", "R28_FAMILY_FOLLOW_UP"})
    void noOtherRuleAsksForAFollowUp(RuleCode rule) {
        Member active = aMember().aged(70, EVENT).build();

        assertThat(engine.followUp(active, rule, EVENT, Parameters.defaults())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = MemberEventKind.class, names = {"DIED", "TRANSFERRED_OUT"})
    void aMemberNoLongerOnTheActiveRosterIsNotVisitedAgain(MemberEventKind leaving) {
        Member member = aMember().aged(70, EVENT).build();
        member.record(leaving, EVENT, null, TODAY);

        assertThat(member.isActive()).isFalse();
        assertThat(engine.followUp(member, RuleCode.R26_OLD_MEMBER_VISIT, EVENT, Parameters.defaults())).isEmpty();
    }

    private static ObligationSpec spec(RuleCode rule, RequiredAction action, int days) {
        return new ObligationSpec(rule, action, EVENT.plusDays(days));
    }
}
