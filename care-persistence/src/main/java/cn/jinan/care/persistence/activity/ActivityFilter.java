package cn.jinan.care.persistence.activity;

import cn.jinan.care.domain.activity.ActivityKind;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** What the activity list shows: one kind or all, one year or all. */
public record ActivityFilter(ActivityKind kind, Integer year) {

    Set<ActivityKind> kinds() {
        return kind == null ? EnumSet.allOf(ActivityKind.class) : EnumSet.of(kind);
    }

    LocalDate from() {
        return year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1);
    }

    LocalDate to() {
        return year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31);
    }
}
