package cn.jinan.care.persistence.imports;

import cn.jinan.care.domain.imports.ImportColumn;
import cn.jinan.care.domain.imports.ImportRows;
import cn.jinan.care.domain.imports.SheetRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Import files for tests, as the file reader would give them: a header of the format's columns and rows of text,
 * each row given as the cells that differ from {@code defaults}.
 */
final class Files<C extends Enum<C> & ImportColumn> {

    private final Class<C> type;
    private final List<C> columns;
    private final List<Map<C, String>> rows = new ArrayList<>();

    private Files(Class<C> type, List<C> columns) {
        this.type = type;
        this.columns = columns;
    }

    @SafeVarargs
    static <C extends Enum<C> & ImportColumn> Files<C> of(Class<C> type, C... columns) {
        return new Files<>(type, List.of(columns));
    }

    Files<C> row(Map<C, String> cells) {
        rows.add(new LinkedHashMap<>(cells));
        return this;
    }

    ImportRows<C> rows() {
        List<SheetRow> table = new ArrayList<>();
        table.add(new SheetRow(1, columns.stream().map(ImportColumn::header).toList(), java.util.Set.of()));
        for (int i = 0; i < rows.size(); i++) {
            Map<C, String> cells = rows.get(i);
            table.add(new SheetRow(i + 2, columns.stream().map(c -> cells.getOrDefault(c, "")).toList(),
                    java.util.Set.of()));
        }
        return ImportRows.of(table, type, 1000);
    }
}
