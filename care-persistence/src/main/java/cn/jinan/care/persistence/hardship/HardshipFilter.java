package cn.jinan.care.persistence.hardship;

import java.time.LocalDate;

/**
 * What the hardship list shows: open, closed or all records, and optionally only those on the register at some time
 * in a year.
 */
public record HardshipFilter(State state, Integer year) {

    public enum State {
        OPEN, CLOSED, ALL
    }

    public HardshipFilter {
        state = state == null ? State.OPEN : state;
    }

    LocalDate from() {
        return year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1);
    }

    LocalDate to() {
        return year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31);
    }
}
