package cn.jinan.care.domain.recuperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    private final HolidayCalendar calendar = ShippedCalendar.of2026();

    @Test
    void aPlainWeekdayIsAWorkingDayAndAPlainWeekendDayIsNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 4))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();
    }

    @Test
    void aPublicHolidayOnAWeekdayIsNotAWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
    }

    @Test
    void aMakeUpWorkdayOnAWeekendIsAWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
    }

    @Test
    void coversOnlyTheYearsItHoldsDaysOf() {
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2027)).isFalse();
    }
}
