package cn.jinan.care.domain.recuperation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which days are working days: a 调休 make-up workday always is; otherwise a Monday to Friday that is not a public
 * holiday. A year for which the calendar holds no day at all is unknown: counting in it would silently ignore its
 * holidays, so {@link #covers(int)} lets callers refuse.
 */
public final class HolidayCalendar {

    private final Map<LocalDate, CalendarDayKind> days;
    private final Set<Integer> years;

    private HolidayCalendar(Map<LocalDate, CalendarDayKind> days) {
        this.days = Map.copyOf(days);
        this.years = days.keySet().stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
    }

    public static HolidayCalendar of(Map<LocalDate, CalendarDayKind> days) {
        return new HolidayCalendar(days);
    }

    public static HolidayCalendar of(Collection<CalendarDay> days) {
        Map<LocalDate, CalendarDayKind> map = new TreeMap<>();
        days.forEach(d -> map.put(d.getDate(), d.getKind()));
        return new HolidayCalendar(map);
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarDayKind kind = days.get(day);
        if (kind == CalendarDayKind.MAKEUP_WORKDAY) {
            return true;
        }
        if (kind == CalendarDayKind.HOLIDAY) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Whether the calendar knows the year's holiday arrangement (holds at least one day of it). */
    public boolean covers(int year) {
        return years.contains(year);
    }
}
