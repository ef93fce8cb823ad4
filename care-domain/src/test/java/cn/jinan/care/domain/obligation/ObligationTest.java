package cn.jinan.care.domain.obligation;

import static cn.jinan.care.domain.member.Members.TODAY;
import static cn.jinan.care.domain.member.Members.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEvent;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.policy.ObligationSpec;
import cn.jinan.care.domain.policy.Parameters;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.policy.TalkOnEventRule;
import cn.jinan.care.domain.shared.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An obligation is due from its event, fulfilled by the record that satisfies it (the action asked for, for the same
 * member, dated on or after the event), overdue past its limit; a record after the limit still fulfils it, late.
 */
class ObligationTest {

    private static final LocalDate TRANSFERRED_IN = LocalDate.of(2025, 3, 1);

    private final Member member = aMember().build();

    /** R08: an encouragement talk within 30 days of the transfer in (due 2025-03-31). */
    private Obligation encouragementTalkAfterTransferIn() {
        MemberEvent event = member.record(MemberEventKind.TRANSFERRED_IN, TRANSFERRED_IN, null, TODAY);
        ObligationSpec spec = new TalkOnEventRule()
                .onEvent(member, event.getKind(), event.getEventDate(), Parameters.defaults()).orElseThrow();
        return Obligation.arise(member, event, event.getEventDate(), spec);
    }

    @Test
    void arisesOpenFromItsEventWithTheRuleTheActionAndTheDueDate() {
        Obligation obligation = encouragementTalkAfterTransferIn();

        assertThat(obligation.getMember()).isSameAs(member);
        assertThat(obligation.getEvent().getKind()).isEqualTo(MemberEventKind.TRANSFERRED_IN);
        assertThat(obligation.getRule()).isEqualTo(RuleCode.R08_TALK_ON_EVENT);
        assertThat(obligation.getAction()).isEqualTo(RequiredAction.ENCOURAGEMENT_TALK);
        assertThat(obligation.getAroseOn()).isEqualTo(TRANSFERRED_IN);
        assertThat(obligation.getDueDate()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(obligation.getStatus()).isEqualTo(ObligationStatus.OPEN);
    }

    @Test
    void anEncouragementTalkOnDay30OfTheTransferInCountsOnTime() {
        Obligation obligation = encouragementTalkAfterTransferIn();
        LocalDate day30 = TRANSFERRED_IN.plusDays(30);

        assertThat(obligation.isFulfilledBy(RequiredAction.ENCOURAGEMENT_TALK, day30)).isTrue();
        obligation.fulfil("TALK", 7L, day30);

        assertThat(obligation.getStatus()).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(obligation.getFulfilledByType()).isEqualTo("TALK");
        assertThat(obligation.getFulfilledById()).isEqualTo(7L);
        assertThat(obligation.getFulfilledOn()).isEqualTo(day30);
        assertThat(obligation.fulfilledBy("TALK", 7L)).isTrue();
        assertThat(obligation.isLate()).isFalse();
    }

    @Test
    void anEncouragementTalkOnDay31OfTheTransferInFulfilsItLate() {
        Obligation obligation = encouragementTalkAfterTransferIn();
        LocalDate day31 = TRANSFERRED_IN.plusDays(31);

        assertThat(obligation.isFulfilledBy(RequiredAction.ENCOURAGEMENT_TALK, day31)).isTrue();
        obligation.fulfil("TALK", 7L, day31);

        assertThat(obligation.getStatus()).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(obligation.isLate()).isTrue();
    }

    @Test
    void aTalkOnTheDayOfTheEventFulfilsIt() {
        assertThat(encouragementTalkAfterTransferIn().isFulfilledBy(RequiredAction.ENCOURAGEMENT_TALK, TRANSFERRED_IN))
                .isTrue();
    }

    @Test
    void aTalkHeldBeforeTheEventIsNotAboutItAndDoesNotFulfilIt() {
        Obligation obligation = encouragementTalkAfterTransferIn();
        LocalDate dayBefore = TRANSFERRED_IN.minusDays(1);

        assertThat(obligation.isFulfilledBy(RequiredAction.ENCOURAGEMENT_TALK, dayBefore)).isFalse();
        assertThatThrownBy(() -> obligation.fulfil("TALK", 7L, dayBefore)).isInstanceOf(IllegalStateException.class);
        assertThat(obligation.getStatus()).isEqualTo(ObligationStatus.OPEN);
    }

    @Test
    void aTalkOfAnotherKindDoesNotFulfilIt() {
        Obligation obligation = encouragementTalkAfterTransferIn();

        assertThat(obligation.isFulfilledBy(RequiredAction.EDUCATION_TALK, TRANSFERRED_IN.plusDays(3))).isFalse();
        assertThat(obligation.isFulfilledBy(RequiredAction.POST_CHANGE_TALK, TRANSFERRED_IN.plusDays(3))).isFalse();
        assertThat(obligation.isFulfilledBy(RequiredAction.OLD_MEMBER_VISIT, TRANSFERRED_IN.plusDays(3))).isFalse();
    }

    @Test
    void aFulfilledObligationIsNotFulfilledAgain() {
        Obligation obligation = encouragementTalkAfterTransferIn();
        obligation.fulfil("TALK", 7L, TRANSFERRED_IN.plusDays(5));

        assertThat(obligation.isFulfilledBy(RequiredAction.ENCOURAGEMENT_TALK, TRANSFERRED_IN.plusDays(6))).isFalse();
        assertThatThrownBy(() -> obligation.fulfil("TALK", 8L, TRANSFERRED_IN.plusDays(6)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(obligation.fulfilledBy("TALK", 7L)).isTrue();
        assertThat(obligation.fulfilledBy("TALK", 8L)).isFalse();
    }

    @Test
    void aWaivedObligationIsNotFulfilled() {
        Obligation obligation = encouragementTalkAfterTransferIn();
        obligation.waive("党员已外出务工", "secretary");

        assertThat(obligation.isFulfilledBy(RequiredAction.ENCOURAGEMENT_TALK, TRANSFERRED_IN.plusDays(6))).isFalse();
        assertThatThrownBy(() -> obligation.fulfil("TALK", 8L, TRANSFERRED_IN.plusDays(6)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(obligation.getStatus()).isEqualTo(ObligationStatus.WAIVED);
    }

    @Test
    void anOpenObligationIsOverdueOnlyAfterItsDueDate() {
        Obligation obligation = encouragementTalkAfterTransferIn();
        LocalDate due = obligation.getDueDate();

        assertThat(obligation.isOverdue(due.minusDays(1))).isFalse();
        assertThat(obligation.isOverdue(due)).isFalse();
        assertThat(obligation.isOverdue(due.plusDays(1))).isTrue();
    }

    @Test
    void aFulfilledOrWaivedObligationIsNeverOverdue() {
        Obligation fulfilled = encouragementTalkAfterTransferIn();
        fulfilled.fulfil("TALK", 7L, TRANSFERRED_IN.plusDays(40));
        Obligation waived = encouragementTalkAfterTransferIn();
        waived.waive("党员已外出务工", "secretary");
        LocalDate longAfter = TRANSFERRED_IN.plusYears(1);

        assertThat(fulfilled.isOverdue(longAfter)).isFalse();
        assertThat(waived.isOverdue(longAfter)).isFalse();
    }

    @Test
    void aWaiverKeepsTheReasonAndWhoWaivedIt() {
        Obligation obligation = encouragementTalkAfterTransferIn();

        obligation.waive("  党员长期卧床，改为电话沟通  ", "secretary");

        assertThat(obligation.getStatus()).isEqualTo(ObligationStatus.WAIVED);
        assertThat(obligation.getWaivedReason()).isEqualTo("党员长期卧床，改为电话沟通");
        assertThat(obligation.getWaivedBy()).isEqualTo("secretary");
        assertThat(obligation.isLate()).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aWaiverNeedsAReason(String reason) {
        Obligation obligation = encouragementTalkAfterTransferIn();

        assertThatThrownBy(() -> obligation.waive(reason, "secretary"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getField()).isEqualTo("reason");
                    assertThat(e.getMessageKey()).isEqualTo("common.required");
                });
        assertThat(obligation.getStatus()).isEqualTo(ObligationStatus.OPEN);
    }

    @Test
    void aReasonLongerThan500CharactersIsRefused() {
        assertThatThrownBy(() -> encouragementTalkAfterTransferIn().waive("因".repeat(501), "secretary"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("common.too-long"));
    }

    @Test
    void onlyAnOpenObligationCanBeWaived() {
        Obligation fulfilled = encouragementTalkAfterTransferIn();
        fulfilled.fulfil("TALK", 7L, TRANSFERRED_IN.plusDays(3));

        assertThatThrownBy(() -> fulfilled.waive("不需要了", "secretary"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("obligation.not-open"));
        assertThat(fulfilled.getStatus()).isEqualTo(ObligationStatus.FULFILLED);
    }

    @Test
    void reopeningForgetsTheRecordSoThatAnotherOneCanFulfilIt() {
        Obligation obligation = encouragementTalkAfterTransferIn();
        obligation.fulfil("TALK", 7L, TRANSFERRED_IN.plusDays(3));

        obligation.reopen();

        assertThat(obligation.getStatus()).isEqualTo(ObligationStatus.OPEN);
        assertThat(obligation.getFulfilledByType()).isNull();
        assertThat(obligation.getFulfilledById()).isNull();
        assertThat(obligation.getFulfilledOn()).isNull();
        assertThat(obligation.fulfilledBy("TALK", 7L)).isFalse();
        assertThat(obligation.isOverdue(obligation.getDueDate().plusDays(1))).isTrue();

        obligation.fulfil("TALK", 9L, TRANSFERRED_IN.plusDays(10));
        assertThat(obligation.fulfilledBy("TALK", 9L)).isTrue();
    }

    @Test
    void aCampaignsVisitCountsOnlyInsideTheWindow() {
        LocalDate start = LocalDate.of(2025, 1, 20);
        LocalDate end = LocalDate.of(2025, 2, 12);
        Obligation obligation = Obligation.forCampaign(member, 3L, start, end);

        assertThat(obligation.getRule()).isEqualTo(cn.jinan.care.domain.policy.RuleCode.R27_HOLIDAY_VISIT);
        assertThat(obligation.getDueDate()).isEqualTo(end);
        assertThat(obligation.isCampaign()).isTrue();
        assertThat(obligation.isFulfilledBy(RequiredAction.HOLIDAY_VISIT, start.minusDays(1))).isFalse();
        assertThat(obligation.isFulfilledBy(RequiredAction.HOLIDAY_VISIT, start)).isTrue();
        assertThat(obligation.isFulfilledBy(RequiredAction.HOLIDAY_VISIT, end)).isTrue();
        assertThat(obligation.isFulfilledBy(RequiredAction.HOLIDAY_VISIT, end.plusDays(1))).as("after the window")
                .isFalse();
        assertThat(obligation.isFulfilledBy(RequiredAction.OLD_MEMBER_VISIT, start)).isFalse();
        assertThatThrownBy(() -> obligation.fulfil("VISIT", 5L, end.plusDays(1)))
                .isInstanceOf(IllegalStateException.class);
    }
}
