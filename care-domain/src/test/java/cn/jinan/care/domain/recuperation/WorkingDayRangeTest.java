package cn.jinan.care.domain.recuperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.shared.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayRangeTest {

    private final HolidayCalendar calendar = ShippedCalendar.of2026();

    private static WorkingDayRange range(String start, String end) {
        return new WorkingDayRange(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void aPlainWeekCountsItsFiveWeekdays() {
        assertThat(range("2026-03-02", "2026-03-08").workingDays(calendar)).isEqualTo(5);
    }

    @Test
    void aStayAcrossNationalDayCountsOnlyTheDaysAroundTheHoliday() {
        // 9月28日–30日 and 10月8日–9日: the seven days of 国庆 are off
        assertThat(range("2026-09-28", "2026-10-09").workingDays(calendar)).isEqualTo(5);
        assertThat(range("2026-09-28", "2026-10-09").workingDates(calendar)).containsExactly(
                LocalDate.of(2026, 9, 28), LocalDate.of(2026, 9, 29), LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9));
    }

    @Test
    void theSaturdayMakeUpDayAfterNationalDayCounts() {
        assertThat(range("2026-09-28", "2026-10-10").workingDays(calendar)).isEqualTo(6);
    }

    @Test
    void theSundayMakeUpDayBeforeMidAutumnCountsAndMidAutumnDoesNot() {
        // 9月20日 (周日) is worked, 9月25日 (周五) is 中秋
        assertThat(range("2026-09-20", "2026-09-26").workingDays(calendar)).isEqualTo(5);
        assertThat(range("2026-09-21", "2026-09-27").workingDays(calendar)).isEqualTo(4);
    }

    @Test
    void aStayAcrossTheSpringFestivalCountsBothSaturdayMakeUpDays() {
        // 2月12日, 13日, 14日 (周六上班) | 15日–23日 off | 24日–27日, 28日 (周六上班)
        assertThat(range("2026-02-12", "2026-02-28").workingDays(calendar)).isEqualTo(8);
        assertThat(range("2026-02-12", "2026-02-25").workingDays(calendar)).isEqualTo(5);
        assertThat(range("2026-02-24", "2026-03-02").workingDays(calendar)).isEqualTo(6);
    }

    @Test
    void aOneDayStayOnAWorkingDayCountsOne() {
        assertThat(range("2026-03-02", "2026-03-02").workingDays(calendar)).isEqualTo(1);
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> range("2026-03-06", "2026-03-02"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getField()).isEqualTo("endDate");
                    assertThat(e.getMessageKey()).isEqualTo("recuperation.end.before-start");
                });
    }

    @Test
    void refusesAMissingDate() {
        assertThatThrownBy(() -> new WorkingDayRange(null, LocalDate.of(2026, 3, 2)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getField()).isEqualTo("startDate"));
    }

    @Test
    void listsTheYearsItTouches() {
        assertThat(range("2026-12-28", "2027-01-05").years()).containsExactly(2026, 2027);
    }
}
