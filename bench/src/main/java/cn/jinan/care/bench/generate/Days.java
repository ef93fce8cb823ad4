package cn.jinan.care.bench.generate;

import java.time.LocalDate;

/** Dates as epoch days (fast to draw and compare), with their ISO text cached. */
final class Days {

    /** No date (NULL). */
    static final int NONE = Integer.MIN_VALUE;

    private static final int FIRST = (int) LocalDate.of(1890, 1, 1).toEpochDay();
    private static final int LAST = (int) LocalDate.of(2100, 12, 31).toEpochDay();
    private static final String[] TEXT = new String[LAST - FIRST + 1];

    private Days() {
    }

    static String text(int day) {
        String t = TEXT[day - FIRST];
        if (t == null) {
            t = LocalDate.ofEpochDay(day).toString();
            TEXT[day - FIRST] = t;
        }
        return t;
    }

    static int of(LocalDate date) {
        return (int) date.toEpochDay();
    }

    static int of(int year, int month, int day) {
        return (int) LocalDate.of(year, month, day).toEpochDay();
    }

    static LocalDate date(int day) {
        return LocalDate.ofEpochDay(day);
    }

    static int year(int day) {
        return LocalDate.ofEpochDay(day).getYear();
    }

    static int plusMonths(int day, int months) {
        return (int) LocalDate.ofEpochDay(day).plusMonths(months).toEpochDay();
    }

    static int plusYears(int day, int years) {
        return (int) LocalDate.ofEpochDay(day).plusYears(years).toEpochDay();
    }

    /** Whole years from {@code birth} to {@code on} (the birthday itself counts). */
    static int age(int birth, int on) {
        LocalDate b = LocalDate.ofEpochDay(birth);
        LocalDate o = LocalDate.ofEpochDay(on);
        int a = o.getYear() - b.getYear();
        if (o.getMonthValue() < b.getMonthValue()
                || o.getMonthValue() == b.getMonthValue() && o.getDayOfMonth() < b.getDayOfMonth()) {
            a--;
        }
        return a;
    }

    static String compact(int day) {
        return text(day).replace("-", "");
    }
}
