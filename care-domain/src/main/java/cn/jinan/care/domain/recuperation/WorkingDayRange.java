package cn.jinan.care.domain.recuperation;

import cn.jinan.care.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A stay from {@code start} to {@code end}, both days included, measured in working days on a
 * {@link HolidayCalendar}. It cannot end before it starts.
 */
public record WorkingDayRange(LocalDate start, LocalDate end) {

    public WorkingDayRange {
        if (start == null) {
            throw DomainException.onField("startDate", "date.required");
        }
        if (end == null) {
            throw DomainException.onField("endDate", "date.required");
        }
        if (end.isBefore(start)) {
            throw DomainException.onField("endDate", "recuperation.end.before-start");
        }
    }

    /** The working days of the range on the calendar. */
    public List<LocalDate> workingDates(HolidayCalendar calendar) {
        return start.datesUntil(end.plusDays(1)).filter(calendar::isWorkingDay).toList();
    }

    public int workingDays(HolidayCalendar calendar) {
        return workingDates(calendar).size();
    }

    /** The calendar years the range touches. */
    public List<Integer> years() {
        return IntStream.rangeClosed(start.getYear(), end.getYear()).boxed().toList();
    }
}
