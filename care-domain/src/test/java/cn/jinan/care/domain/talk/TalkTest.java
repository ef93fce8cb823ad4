package cn.jinan.care.domain.talk;

import static cn.jinan.care.domain.member.Members.TODAY;
import static cn.jinan.care.domain.member.Members.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.shared.DomainException;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A talk (谈心谈话, 第8条): the "三必谈" kinds fulfil R08-TALK-ON-EVENT; the superior two-way talks count for a quota. */
class TalkTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    private final Member member = aMember().build();

    private static TalkDetails details(LocalDate date, TalkKind kind) {
        return new TalkDetails(date, kind, "李书记", TalkerPost.BRANCH_SECRETARY, "支部活动室", "肯定成绩，指出不足");
    }

    private static void assertRefused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getField()).as("field").isEqualTo(field);
            assertThat(e.getMessageKey()).as("message key").isEqualTo(messageKey);
        });
    }

    @Test
    void eachOfTheThreeMustTalksFulfilsItsAction() {
        assertThat(Talk.log(member, details(DAY, TalkKind.ENCOURAGEMENT), TODAY).fulfils())
                .contains(RequiredAction.ENCOURAGEMENT_TALK);
        assertThat(Talk.log(member, details(DAY, TalkKind.EDUCATION), TODAY).fulfils())
                .contains(RequiredAction.EDUCATION_TALK);
        assertThat(Talk.log(member, details(DAY, TalkKind.POST_CHANGE), TODAY).fulfils())
                .contains(RequiredAction.POST_CHANGE_TALK);
    }

    @ParameterizedTest
    @EnumSource(value = TalkKind.class, names = {"SUPERIOR_TWO_WAY", "RECEPTION_DAY", "ROUTINE"})
    void otherTalksFulfilNoObligation(TalkKind kind) {
        assertThat(Talk.log(member, details(DAY, kind), TODAY).fulfils()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = RequiredAction.class, names = {"ENCOURAGEMENT_TALK", "EDUCATION_TALK", "POST_CHANGE_TALK"})
    void everyTalkActionHasTheTalkKindThatFulfilsIt(RequiredAction action) {
        assertThat(action.isTalk()).isTrue();
        assertThat(TalkKind.forAction(action)).hasValueSatisfying(k -> assertThat(k.fulfils()).contains(action));
    }

    @Test
    void refusesATalkInTheFuture() {
        assertRefused(() -> Talk.log(member, details(TODAY.plusDays(1), TalkKind.ENCOURAGEMENT), TODAY), "date",
                "date.not-in-future");
    }

    @Test
    void refusesATalkWithoutKindTalkerOrPost() {
        assertRefused(() -> Talk.log(member, details(DAY, null), TODAY), "kind", "common.required");
        assertRefused(() -> Talk.log(member, new TalkDetails(DAY, TalkKind.ROUTINE, " ", TalkerPost.OTHER, null, null),
                TODAY), "talkerName", "common.required");
        assertRefused(() -> Talk.log(member, new TalkDetails(DAY, TalkKind.ROUTINE, "李书记", null, null, null),
                TODAY), "talkerPost", "common.required");
    }

    @Test
    void aChangedKindChangesWhatTheTalkFulfils() {
        Talk talk = Talk.log(member, details(DAY, TalkKind.ENCOURAGEMENT), TODAY);

        talk.change(details(DAY, TalkKind.ROUTINE), TODAY);

        assertThat(talk.getKind()).isEqualTo(TalkKind.ROUTINE);
        assertThat(talk.fulfils()).isEmpty();
    }
}
