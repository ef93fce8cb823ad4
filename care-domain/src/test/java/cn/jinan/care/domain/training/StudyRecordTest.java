package cn.jinan.care.domain.training;

import static cn.jinan.care.domain.member.Members.TODAY;
import static cn.jinan.care.domain.member.Members.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Study hours for R03-TRAINING-HOURS (第3条: 每年组织党员集中学习培训时间不少于32学时): half-hour steps from 0.5 to 12 a record, of
 * something that happened (not in the future).
 */
class StudyRecordTest {

    private static final LocalDate DAY = LocalDate.of(2025, 5, 20);

    private final Member member = aMember().build();

    private StudyRecord log(String hours) {
        return StudyRecord.log(member, DAY, new BigDecimal(hours), StudyKind.BRANCH_STUDY, "学习党章", TODAY);
    }

    private static void assertRefused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getField()).as("field").isEqualTo(field);
            assertThat(e.getMessageKey()).as("message key").isEqualTo(messageKey);
        });
    }

    @Test
    void keepsTheMemberTheDayTheHoursTheKindAndTheCourse() {
        StudyRecord record = StudyRecord.log(member, DAY, new BigDecimal("2.5"), StudyKind.RED_EDUCATION,
                "  济南战役纪念馆参观  ", TODAY);

        assertThat(record.getMember()).isSameAs(member);
        assertThat(record.getDate()).isEqualTo(DAY);
        assertThat(record.getHours()).isEqualByComparingTo("2.5");
        assertThat(record.getKind()).isEqualTo(StudyKind.RED_EDUCATION);
        assertThat(record.getCourse()).isEqualTo("济南战役纪念馆参观");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "1", "1.5", "4.0", "11.5", "12", "12.00"})
    void acceptsHalfHourStepsFromHalfAnHourTo12(String hours) {
        assertThat(log(hours).getHours()).isEqualByComparingTo(hours);
    }

    @Test
    void storesTheHoursToOneDecimal() {
        assertThat(log("3.00").getHours()).hasToString("3.0");
        assertThat(log("12").getHours()).hasToString("12.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "0.3", "-1", "12.5", "13", "24"})
    void refusesHoursOutsideHalfAnHourTo12(String hours) {
        assertRefused(() -> log(hours), "hours", "study.hours.range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.25", "0.75", "2.1", "11.9"})
    void refusesHoursThatAreNotWholeHalfHours(String hours) {
        assertRefused(() -> log(hours), "hours", "study.hours.half-steps");
    }

    @Test
    void refusesMissingHours() {
        assertRefused(() -> StudyRecord.log(member, DAY, null, StudyKind.BRANCH_STUDY, "学习党章", TODAY), "hours",
                "common.required");
    }

    @Test
    void refusesAStudyDayInTheFuture() {
        assertRefused(() -> StudyRecord.log(member, TODAY.plusDays(1), BigDecimal.ONE, StudyKind.BRANCH_STUDY,
                "学习党章", TODAY), "date", "date.not-in-future");
    }

    @Test
    void acceptsStudyToday() {
        assertThat(StudyRecord.log(member, TODAY, BigDecimal.ONE, StudyKind.ONLINE_XUEXI_QIANGGUO, "学习强国", TODAY)
                .getDate()).isEqualTo(TODAY);
    }

    @Test
    void refusesAMissingDateOrKind() {
        assertRefused(() -> StudyRecord.log(member, null, BigDecimal.ONE, StudyKind.BRANCH_STUDY, "学习党章", TODAY),
                "date", "date.required");
        assertRefused(() -> StudyRecord.log(member, DAY, BigDecimal.ONE, null, "学习党章", TODAY), "kind",
                "common.required");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void refusesABlankCourse(String course) {
        assertRefused(() -> StudyRecord.log(member, DAY, BigDecimal.ONE, StudyKind.BRANCH_STUDY, course, TODAY),
                "course", "common.required");
    }

    @Test
    void aChangeIsCheckedLikeANewRecord() {
        StudyRecord record = log("2");

        assertRefused(() -> record.change(DAY, new BigDecimal("12.5"), StudyKind.BRANCH_STUDY, "学习党章", TODAY),
                "hours", "study.hours.range");
        record.change(DAY.minusDays(1), new BigDecimal("3.5"), StudyKind.PARTY_SCHOOL, "党校轮训", TODAY);
        assertThat(record.getHours()).isEqualByComparingTo("3.5");
        assertThat(record.getKind()).isEqualTo(StudyKind.PARTY_SCHOOL);
    }
}
