package cn.jinan.care.domain.suggestion;

import static cn.jinan.care.domain.delegate.Delegates.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.delegate.Delegates;
import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 第6条 三会三制: received → assigned → in progress → 落实, or not adopted; the reply comes before either end. */
class SuggestionTest {

    private static final LocalDate RECEIVED = TODAY.minusDays(30);

    private Suggestion received() {
        return Suggestion.receive(Delegates.branch(), null, new SuggestionDetails(SubmitterKind.MASSES, "居民李女士",
                SuggestionChannel.FORUM, RECEIVED, "小区活动室开放时间延长到晚上九点"), TODAY);
    }

    private Suggestion inProgress() {
        Suggestion s = received();
        s.assign(HandlingSystem.COMMITMENT, "社区党委书记", TODAY.minusDays(5), RECEIVED.plusDays(1), TODAY);
        s.start(RECEIVED.plusDays(2), TODAY);
        return s;
    }

    @Test
    void goesThroughToImplementedAfterTheReply() {
        Suggestion s = inProgress();
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.IN_PROGRESS);
        s.reply(TODAY.minusDays(3), "已调整开放时间", TODAY);
        s.implement(TODAY, TODAY);
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.IMPLEMENTED);
        assertThat(s.getClosedOn()).isEqualTo(TODAY);
    }

    @Test
    void neitherEndWithoutAReply() {
        Suggestion s = inProgress();
        assertThatThrownBy(() -> s.implement(TODAY, TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "suggestion.reply.required");
        assertThatThrownBy(() -> s.notAdopt("经费不足", TODAY, TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "suggestion.reply.required");
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.IN_PROGRESS);
    }

    @Test
    void notAdoptedNeedsItsReason() {
        Suggestion s = received();
        s.assign(HandlingSystem.PUBLIC_NOTICE, "社区居委会", null, RECEIVED, TODAY);
        s.reply(TODAY, "经研究暂不采纳", TODAY);
        assertThatThrownBy(() -> s.notAdopt(" ", TODAY, TODAY)).hasFieldOrPropertyWithValue("field", "reason");
        s.notAdopt("不属于社区职权范围", TODAY, TODAY);
        assertThat(s.getStatus()).isEqualTo(SuggestionStatus.NOT_ADOPTED);
    }

    @Test
    void stepsOnlyFollowTheirPredecessors() {
        Suggestion s = received();
        assertThatThrownBy(() -> s.start(TODAY, TODAY)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "suggestion.step.not-allowed");
        assertThatThrownBy(() -> s.reply(TODAY, "答复", TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "suggestion.step.not-allowed");
        assertThatThrownBy(() -> s.implement(TODAY, TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "suggestion.step.not-allowed");
        Suggestion done = inProgress();
        done.reply(TODAY, "答复", TODAY);
        done.implement(TODAY, TODAY);
        assertThatThrownBy(() -> done.assign(HandlingSystem.RESPONSIBILITY, "x", null, TODAY, TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "suggestion.step.not-allowed");
        assertThatThrownBy(() -> done.reply(TODAY, "再答复", TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "suggestion.step.not-allowed");
        assertThatThrownBy(() -> done.change(null, new SuggestionDetails(SubmitterKind.ANONYMOUS, null,
                SuggestionChannel.HEARING, RECEIVED, "改"), TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "suggestion.closed");
    }

    @Test
    void theCommitmentSystemNeedsAPromisedDateAndIsOverdueAfterIt() {
        Suggestion s = received();
        assertThatThrownBy(() -> s.assign(HandlingSystem.COMMITMENT, "社区党委书记", null, RECEIVED, TODAY))
                .hasFieldOrPropertyWithValue("field", "promisedBy");
        s.assign(HandlingSystem.COMMITMENT, "社区党委书记", TODAY, RECEIVED, TODAY);
        assertThat(s.isOverdueOn(TODAY)).isFalse();
        assertThat(s.isOverdueOn(TODAY.plusDays(1))).isTrue();
        s.start(TODAY, TODAY);
        s.reply(TODAY, "已落实", TODAY);
        s.implement(TODAY, TODAY);
        assertThat(s.isOverdueOn(TODAY.plusDays(1))).isFalse();
    }

    @Test
    void aStepIsNotDatedBeforeTheOneItFollowsNorInTheFuture() {
        Suggestion s = received();
        assertThatThrownBy(() -> s.assign(HandlingSystem.RESPONSIBILITY, "社区", null, RECEIVED.minusDays(1), TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "suggestion.date.before-previous");
        assertThatThrownBy(() -> s.assign(HandlingSystem.RESPONSIBILITY, "社区", null, TODAY.plusDays(1), TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "date.not-in-future");
    }

    @Test
    void aMembersSuggestionNamesTheMemberAndAnAnonymousOneNoOne() {
        Member member = Delegates.member("赵敏", DelegateLevel.NONE);
        assertThatThrownBy(() -> Suggestion.receive(Delegates.branch(), null, new SuggestionDetails(
                SubmitterKind.MEMBER, null, SuggestionChannel.DIRECT_LINE, RECEIVED, "建议"), TODAY))
                .hasFieldOrPropertyWithValue("field", "memberId");
        Suggestion byMember = Suggestion.receive(Delegates.branch(), member, new SuggestionDetails(
                SubmitterKind.MEMBER, "忽略", SuggestionChannel.DIRECT_LINE, RECEIVED, "建议"), TODAY);
        assertThat(byMember.submitterLabel()).isEqualTo("赵敏");
        Suggestion anonymous = Suggestion.receive(Delegates.branch(), member, new SuggestionDetails(
                SubmitterKind.ANONYMOUS, "忽略", SuggestionChannel.DIRECT_LINE, RECEIVED, "建议"), TODAY);
        assertThat(anonymous.getMember()).isNull();
        assertThat(anonymous.submitterLabel()).isNull();
    }
}
