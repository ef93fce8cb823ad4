package cn.jinan.care.domain.hardship;

import cn.jinan.care.domain.shared.FundingSource;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the aid application form holds. */
public record AidApplication(LocalDate appliedOn, BigDecimal amount, FundingSource fundingSource, String purpose) {
}
