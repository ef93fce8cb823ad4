package cn.jinan.care.reports.yearly;

import java.math.BigDecimal;
import java.util.List;

/**
 * One member's line of the yearly report. The ID number is masked before it leaves the database.
 *
 * @param partyAge whole years as of the report's day, {@code null} for a probationary member
 * @param open     open obligations per rule, in the order of {@link YearlyReport#obligationRules()}
 * @param overdue  of them, past their due date, same order
 */
public record MemberRow(String orgCode, String orgName, String name, String maskedIdNumber, Integer partyAge,
        BigDecimal studyHours, long lectures, long superiorTalks, List<Long> open, List<Long> overdue) {

    public MemberRow {
        open = List.copyOf(open);
        overdue = List.copyOf(overdue);
    }

    public long openTotal() {
        return open.stream().mapToLong(Long::longValue).sum();
    }

    public long overdueTotal() {
        return overdue.stream().mapToLong(Long::longValue).sum();
    }
}
