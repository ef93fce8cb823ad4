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
 * R08-TALK-ON-EVENT, 第8条 "三必谈": 在培养发展入党和党员转接组织关系、获得功勋荣誉表彰时，党组织应当派人与其谈心谈话，给予鼓励鞭策；
 * 党员受到组织处理、纪律处分，或者发现有苗头性倾向性问题时，党组织应当及时谈话，进行教育帮助；在党员岗位变动时，党组织应当及时谈话，
 * 肯定成绩，指出不足. The limits (30, 15, 30 days) are the product's defaults for "及时".
 */
class TalkOnEventRuleTest {

    private static final LocalDate EVENT = LocalDate.of(2025, 3, 10);

    private final TalkOnEventRule rule = new TalkOnEventRule();
    private final Member member = aMember().build();

    @Test
    void isTheRuleOfArticle8() {
        assertThat(rule.code()).isEqualTo(RuleCode.R08_TALK_ON_EVENT);
        assertThat(rule.code().code()).isEqualTo("R08-TALK-ON-EVENT");
        assertThat(rule.code().article()).isEqualTo(8);
        assertThat(rule.code().kind()).isEqualTo(RuleKind.EVENT_OBLIGATION);
    }

    @ParameterizedTest
    @EnumSource(value = MemberEventKind.class, names = {"ADMITTED", "TRANSFERRED_IN", "HONORED"})
    void admissionTransferInAndAnHonorCallForAnEncouragementTalkWithin30Days(MemberEventKind kind) {
        assertThat(rule.onEvent(member, kind, EVENT, Parameters.defaults())).contains(
                new ObligationSpec(RuleCode.R08_TALK_ON_EVENT, RequiredAction.ENCOURAGEMENT_TALK,
                        LocalDate.of(2025, 4, 9)));
    }

    @ParameterizedTest
    @EnumSource(value = MemberEventKind.class, names = {"SANCTIONED", "TENDENCY_PROBLEM"})
    void aSanctionOrATendencyProblemCallsForAnEducationTalkWithin15Days(MemberEventKind kind) {
        assertThat(rule.onEvent(member, kind, EVENT, Parameters.defaults())).contains(
                new ObligationSpec(RuleCode.R08_TALK_ON_EVENT, RequiredAction.EDUCATION_TALK,
                        LocalDate.of(2025, 3, 25)));
    }

    @Test
    void aPostChangeCallsForATalkThatAffirmsAndPointsOutShortcomingsWithin30Days() {
        assertThat(rule.onEvent(member, MemberEventKind.POST_CHANGED, EVENT, Parameters.defaults())).contains(
                new ObligationSpec(RuleCode.R08_TALK_ON_EVENT, RequiredAction.POST_CHANGE_TALK,
                        LocalDate.of(2025, 4, 9)));
    }

    @ParameterizedTest
    @EnumSource(value = MemberEventKind.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"ADMITTED", "TRANSFERRED_IN", "HONORED", "SANCTIONED", "TENDENCY_PROBLEM", "POST_CHANGED"})
    void otherEventsCallForNoTalk(MemberEventKind kind) {
        assertThat(rule.onEvent(member, kind, EVENT, Parameters.defaults())).isEmpty();
    }

    @Test
    void theLimitIsTheOneInForceOnTheEventDateNotToday() {
        LocalDate changed = LocalDate.of(2025, 1, 1);
        Parameters shortenedFrom2025 = (key, day) -> key == ParameterKey.ENCOURAGEMENT_TALK_DAYS
                ? BigDecimal.valueOf(day.isBefore(changed) ? 30 : 20)
                : key.defaultValue();

        assertThat(rule.onEvent(member, MemberEventKind.TRANSFERRED_IN, LocalDate.of(2024, 12, 31), shortenedFrom2025))
                .map(ObligationSpec::dueDate).contains(LocalDate.of(2025, 1, 30));
        assertThat(rule.onEvent(member, MemberEventKind.TRANSFERRED_IN, changed, shortenedFrom2025))
                .map(ObligationSpec::dueDate).contains(LocalDate.of(2025, 1, 21));
    }

    @Test
    void eachKindOfTalkReadsItsOwnLimit() {
        Parameters distinct = (key, day) -> switch (key) {
            case ENCOURAGEMENT_TALK_DAYS -> BigDecimal.valueOf(10);
            case EDUCATION_TALK_DAYS -> BigDecimal.valueOf(5);
            case POST_CHANGE_TALK_DAYS -> BigDecimal.valueOf(20);
            default -> key.defaultValue();
        };

        assertThat(rule.onEvent(member, MemberEventKind.HONORED, EVENT, distinct))
                .map(ObligationSpec::dueDate).contains(EVENT.plusDays(10));
        assertThat(rule.onEvent(member, MemberEventKind.SANCTIONED, EVENT, distinct))
                .map(ObligationSpec::dueDate).contains(EVENT.plusDays(5));
        assertThat(rule.onEvent(member, MemberEventKind.POST_CHANGED, EVENT, distinct))
                .map(ObligationSpec::dueDate).contains(EVENT.plusDays(20));
    }
}
