package cn.jinan.care.web.recuperation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.recuperation.HolidayCalendar;
import cn.jinan.care.domain.recuperation.WorkingDayRange;
import cn.jinan.care.persistence.recuperation.HolidayCalendarService;
import cn.jinan.care.web.support.CareWebTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The calendar the migration ships, as the database holds it. */
@CareWebTest
class HolidayCalendarShippedTest {

    @Autowired
    private HolidayCalendarService calendars;

    private int workingDays(String start, String end) {
        WorkingDayRange range = new WorkingDayRange(LocalDate.parse(start), LocalDate.parse(end));
        HolidayCalendar calendar = calendars.forRange(range.start(), range.end());
        return range.workingDays(calendar);
    }

    @Test
    void nationalDay2026WithBothMakeUpDays() {
        assertThat(workingDays("2026-09-28", "2026-10-09")).isEqualTo(5);
        assertThat(workingDays("2026-09-28", "2026-10-10")).isEqualTo(6);
        assertThat(workingDays("2026-09-20", "2026-09-26")).isEqualTo(5);
    }

    @Test
    void springFestival2026WithBothSaturdayMakeUpDays() {
        assertThat(workingDays("2026-02-09", "2026-02-14")).isEqualTo(6);
        assertThat(workingDays("2026-02-15", "2026-02-23")).isZero();
        assertThat(workingDays("2026-02-24", "2026-03-01")).isEqualTo(5);
    }

    @Test
    void newYearLabourDayAndQingming2026() {
        assertThat(workingDays("2026-01-01", "2026-01-09")).isEqualTo(6);
        assertThat(workingDays("2026-05-01", "2026-05-09")).isEqualTo(4);
        assertThat(workingDays("2026-04-06", "2026-04-10")).isEqualTo(4);
    }

    @Test
    void bothShippedYearsAreKnown() {
        assertThat(calendars.forRange(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)).covers(2027)).isTrue();
        assertThat(calendars.year(2026)).hasSize(39);
    }
}
