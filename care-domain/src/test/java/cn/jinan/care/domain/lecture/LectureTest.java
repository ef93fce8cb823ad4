package cn.jinan.care.domain.lecture;

import static cn.jinan.care.domain.member.Members.TODAY;
import static cn.jinan.care.domain.member.Members.aMember;
import static cn.jinan.care.domain.member.Members.branchOfMembers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.DomainException;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A party lecture for R04-LECTURES (第4条: 党员领导干部带头每年深入基层为党员至少讲2次党课): given by a leading cadre. */
class LectureTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    private static void assertRefused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getField()).as("field").isEqualTo(field);
            assertThat(e.getMessageKey()).as("message key").isEqualTo(messageKey);
        });
    }

    @Test
    void aLeadingCadreGivesALectureAtAGrassrootsOrganization() {
        Member cadre = aMember().leadingCadre().build();

        Lecture lecture = Lecture.log(cadre, branchOfMembers(), DAY, " 学习贯彻党的二十大精神 ", 35, TODAY);

        assertThat(lecture.getSpeaker()).isSameAs(cadre);
        assertThat(lecture.getVenue()).isSameAs(branchOfMembers());
        assertThat(lecture.getTopic()).isEqualTo("学习贯彻党的二十大精神");
        assertThat(lecture.getAudienceSize()).isEqualTo(35);
    }

    @Test
    void aLectureByAMemberWhoIsNotALeadingCadreIsRefused() {
        Member member = aMember().grassroots().build();

        assertRefused(() -> Lecture.log(member, branchOfMembers(), DAY, "党课", 20, TODAY), "speakerId",
                "lecture.speaker.not-cadre");
    }

    @Test
    void aLectureNeedsASpeakerAndAVenue() {
        Member cadre = aMember().leadingCadre().build();

        assertRefused(() -> Lecture.log(null, branchOfMembers(), DAY, "党课", 20, TODAY), "speakerId",
                "common.required");
        assertRefused(() -> Lecture.log(cadre, null, DAY, "党课", 20, TODAY), "venueId", "common.required");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -3, 100001})
    void refusesAnImplausibleAudience(int audience) {
        assertRefused(() -> Lecture.log(aMember().leadingCadre().build(), branchOfMembers(), DAY, "党课", audience,
                TODAY), "audienceSize", "lecture.audience.range");
    }

    @Test
    void refusesALectureInTheFuture() {
        assertRefused(() -> Lecture.log(aMember().leadingCadre().build(), branchOfMembers(), TODAY.plusDays(1), "党课",
                20, TODAY), "date", "date.not-in-future");
    }
}
