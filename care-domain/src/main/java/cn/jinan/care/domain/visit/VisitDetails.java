package cn.jinan.care.domain.visit;

import cn.jinan.care.domain.shared.FundingSource;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the visit form holds. */
public record VisitDetails(LocalDate date, VisitKind kind, String visitors, boolean familyVisited, BigDecimal money,
        String goods, BigDecimal goodsValue, FundingSource fundingSource, String notes) {
}
