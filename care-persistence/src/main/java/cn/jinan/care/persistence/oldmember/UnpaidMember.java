package cn.jinan.care.persistence.oldmember;

import java.math.BigDecimal;
import java.util.List;

/**
 * A member's eligible months of a year, up to the current month, that no payment covers.
 *
 * @param owed the months times the year's standard; null when the year has no standard
 */
public record UnpaidMember(long memberId, String name, String organizationName, List<Integer> months,
        BigDecimal owed) {

    /** The first unpaid month as yyyy-MM, for the payment form. */
    public String firstMonthOf(int year) {
        return java.time.YearMonth.of(year, months.get(0)).toString();
    }
}
