package cn.jinan.care.domain.activity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the activity form holds besides the organizer and the participants. */
public record ActivityDetails(ActivityKind kind, String title, LocalDate startDate, LocalDate endDate, String site,
        boolean freeShuttle, BigDecimal hoursPerDay, String notes) {
}
