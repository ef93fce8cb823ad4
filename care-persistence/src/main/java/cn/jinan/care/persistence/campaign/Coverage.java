package cn.jinan.care.persistence.campaign;

import java.math.BigDecimal;
import java.util.List;

/** A campaign's coverage in a part of the tree: one row per organization just below it, and the total. */
public record Coverage(List<CoverageRow> rows, CoverageRow total) {

    static Coverage of(long baseId, String baseName, List<CoverageRow> rows) {
        long targets = rows.stream().mapToLong(CoverageRow::targets).sum();
        long visited = rows.stream().mapToLong(CoverageRow::visited).sum();
        long open = rows.stream().mapToLong(CoverageRow::notVisited).sum();
        BigDecimal money = rows.stream().map(CoverageRow::money).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Coverage(rows, new CoverageRow(baseId, baseName, targets, visited, open, money));
    }
}
