package cn.jinan.care.reports.yearly;

import cn.jinan.care.domain.shared.FundingSource;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** The money of one funding source in the year, by what it was spent on. */
public record SpendingLine(FundingSource source, Map<SpendingItem, BigDecimal> amounts) {

    public SpendingLine {
        Map<SpendingItem, BigDecimal> copy = new EnumMap<>(SpendingItem.class);
        for (SpendingItem item : SpendingItem.values()) {
            copy.put(item, amounts.getOrDefault(item, BigDecimal.ZERO));
        }
        amounts = Map.copyOf(copy);
    }

    public BigDecimal amount(SpendingItem item) {
        return amounts.get(item);
    }

    public BigDecimal total() {
        return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
