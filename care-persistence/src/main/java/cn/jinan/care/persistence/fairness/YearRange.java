package cn.jinan.care.persistence.fairness;

import java.time.LocalDate;

/** A list's year filter as a date range: the year's days, or all days when no year is chosen. */
record YearRange(LocalDate from, LocalDate to) {

    static YearRange of(Integer year) {
        return year == null ? new YearRange(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31))
                : new YearRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
