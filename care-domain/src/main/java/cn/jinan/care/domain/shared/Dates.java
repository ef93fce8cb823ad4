package cn.jinan.care.domain.shared;

import java.time.LocalDate;

/** Checks shared by the records of things that happened. */
public final class Dates {

    private Dates() {
    }

    /** A record of something that happened cannot be dated after today. */
    public static LocalDate happened(LocalDate date, LocalDate today, String field) {
        if (date == null) {
            throw DomainException.onField(field, "date.required");
        }
        if (date.isAfter(today)) {
            throw DomainException.onField(field, "date.not-in-future");
        }
        return date;
    }

    public static String text(String value, int max, String field, boolean required) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                throw DomainException.onField(field, "common.required");
            }
            return null;
        }
        if (v.length() > max) {
            throw DomainException.onField(field, "common.too-long", max);
        }
        return v;
    }
}
