package cn.jinan.care.persistence.sanction;

import java.time.LocalDate;

/** What the sanction list shows: those decided in a year (or all), and optionally only those in impact today. */
public record SanctionFilter(Integer year, boolean inImpactOnly) {

    LocalDate from() {
        return year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1);
    }

    LocalDate to() {
        return year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31);
    }
}
