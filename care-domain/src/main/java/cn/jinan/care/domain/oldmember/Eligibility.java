package cn.jinan.care.domain.oldmember;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Why a member has the living subsidy in a year, and for which months of it: from January (or the month the member
 * transferred in) to December (or the month the member died or transferred out; not eligible from the month after).
 *
 * @param reason the rule that makes the member eligible
 * @param admittedDate the member's admission date, which the rule compares
 * @param cutoff the day the admission had to be before
 * @param firstMonth the first eligible month of the year
 * @param lastMonth the last eligible month of the year
 */
public record Eligibility(EligibilityReason reason, LocalDate admittedDate, LocalDate cutoff, YearMonth firstMonth,
        YearMonth lastMonth) {

    public boolean covers(YearMonth month) {
        return !month.isBefore(firstMonth) && !month.isAfter(lastMonth);
    }

    /** Whether every month of a paid period is eligible. */
    public boolean covers(SubsidyPeriod period) {
        return period.months().stream().allMatch(this::covers);
    }
}
