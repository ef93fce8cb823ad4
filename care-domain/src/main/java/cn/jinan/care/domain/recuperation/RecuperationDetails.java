package cn.jinan.care.domain.recuperation;

import cn.jinan.care.domain.shared.FundingSource;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a recuperation form says about a stay. */
public record RecuperationDetails(String place, LocalDate startDate, LocalDate endDate, String escort,
        BigDecimal cost, FundingSource fundingSource, String notes) {
}
