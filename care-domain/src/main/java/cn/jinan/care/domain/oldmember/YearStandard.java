package cn.jinan.care.domain.oldmember;

import cn.jinan.care.domain.shared.FundingSource;
import java.math.BigDecimal;

/**
 * The monthly standard that applies in a year: decided for the year, or projected from the standard decided for
 * {@code basisYear} by the yearly raise.
 */
public record YearStandard(int year, BigDecimal monthlyAmount, FundingSource fundingSource, boolean decided,
        int basisYear) {

    /** The default amount of a payment: the standard times the months paid. */
    public BigDecimal amountFor(SubsidyPeriod period) {
        return monthlyAmount.multiply(BigDecimal.valueOf(period.length())).setScale(2);
    }
}
