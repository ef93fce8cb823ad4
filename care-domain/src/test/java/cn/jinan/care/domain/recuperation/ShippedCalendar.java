package cn.jinan.care.domain.recuperation;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 2026 arrangement as V4 ships it (国务院办公厅关于2026年部分节假日安排的通知, 2025年11月4日), for tests that need no
 * database. The web tests count on the migrated rows themselves.
 */
final class ShippedCalendar {

    private ShippedCalendar() {
    }

    static Map<LocalDate, CalendarDayKind> days2026() {
        Map<LocalDate, CalendarDayKind> days = new TreeMap<>();
        holidays(days, "2026-01-01", "2026-01-03");
        workday(days, "2026-01-04");
        holidays(days, "2026-02-15", "2026-02-23");
        workday(days, "2026-02-14");
        workday(days, "2026-02-28");
        holidays(days, "2026-04-04", "2026-04-06");
        holidays(days, "2026-05-01", "2026-05-05");
        workday(days, "2026-05-09");
        holidays(days, "2026-06-19", "2026-06-21");
        holidays(days, "2026-09-25", "2026-09-27");
        holidays(days, "2026-10-01", "2026-10-07");
        workday(days, "2026-09-20");
        workday(days, "2026-10-10");
        return days;
    }

    static HolidayCalendar of2026() {
        return HolidayCalendar.of(days2026());
    }

    private static void holidays(Map<LocalDate, CalendarDayKind> days, String from, String to) {
        LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1))
                .forEach(d -> days.put(d, CalendarDayKind.HOLIDAY));
    }

    private static void workday(Map<LocalDate, CalendarDayKind> days, String day) {
        days.put(LocalDate.parse(day), CalendarDayKind.MAKEUP_WORKDAY);
    }
}
