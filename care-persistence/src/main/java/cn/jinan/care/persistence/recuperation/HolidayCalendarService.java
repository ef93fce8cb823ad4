package cn.jinan.care.persistence.recuperation;

import cn.jinan.care.domain.recuperation.CalendarDay;
import cn.jinan.care.domain.recuperation.CalendarDayKind;
import cn.jinan.care.domain.recuperation.HolidayCalendar;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.shared.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holiday calendar administrators keep (from each year's 国务院办公厅 notice). It holds no organization's data:
 * there is one calendar for everyone.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class HolidayCalendarService {

    private final CalendarDayRepository days;

    /** The calendar for the whole years a range touches, so that it can tell whether it knows each of them. */
    public HolidayCalendar forRange(LocalDate start, LocalDate end) {
        LocalDate from = LocalDate.of(start.getYear(), 1, 1);
        LocalDate to = LocalDate.of(Math.max(start.getYear(), end.getYear()), 12, 31);
        return HolidayCalendar.of(days.findByDateBetweenOrderByDate(from, to));
    }

    public List<CalendarDay> year(int year) {
        return days.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Transactional
    public CalendarDay add(LocalDate date, CalendarDayKind kind, String name, String note) {
        CalendarDay day = CalendarDay.of(date, kind, name, note);
        if (days.existsByDate(date)) {
            throw DomainException.onField("date", "calendar.duplicate");
        }
        return days.save(day);
    }

    @Transactional
    public CalendarDay delete(long id) {
        CalendarDay day = days.findById(id).orElseThrow(() -> new NotFoundException("calendar day", id));
        days.delete(day);
        return day;
    }
}
