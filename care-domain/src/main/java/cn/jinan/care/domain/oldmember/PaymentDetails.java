package cn.jinan.care.domain.oldmember;

import cn.jinan.care.domain.shared.FundingSource;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the payment form edits. */
public record PaymentDetails(SubsidyPeriod period, BigDecimal amount, FundingSource fundingSource, LocalDate paidOn,
        String note) {
}
