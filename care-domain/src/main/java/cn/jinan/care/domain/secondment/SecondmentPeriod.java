package cn.jinan.care.domain.secondment;

import cn.jinan.care.domain.shared.DomainException;
import java.time.LocalDate;

/**
 * The days of a secondment, both ends included; an open end ({@code end == null}) runs until further notice.
 */
public record SecondmentPeriod(LocalDate start, LocalDate end) {

    public SecondmentPeriod {
        if (start == null) {
            throw DomainException.onField("startDate", "date.required");
        }
        if (end != null && end.isBefore(start)) {
            throw DomainException.onField("endDate", "secondment.end.before-start");
        }
    }

    /** Whether the day lies in the period: "current" is today within start..end, or the end is open. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /** Whether the two periods share a day. */
    public boolean overlaps(SecondmentPeriod other) {
        return (end == null || !other.start.isAfter(end)) && (other.end == null || !start.isAfter(other.end));
    }

    /** Whether the period ended before the day. */
    public boolean endedBefore(LocalDate day) {
        return end != null && end.isBefore(day);
    }
}
