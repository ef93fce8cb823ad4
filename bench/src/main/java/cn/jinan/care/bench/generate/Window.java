package cn.jinan.care.bench.generate;

import java.time.LocalDate;

/** The five years the records cover: 1 January four years before today's year, to today. */
record Window(int start, int today, int firstYear, int lastYear) {

    static Window endingOn(LocalDate today) {
        int last = today.getYear();
        return new Window(Days.of(last - 4, 1, 1), Days.of(today), last - 4, last);
    }

    int yearStart(int year) {
        return Days.of(year, 1, 1);
    }

    int yearEnd(int year) {
        return Days.of(year, 12, 31);
    }
}
