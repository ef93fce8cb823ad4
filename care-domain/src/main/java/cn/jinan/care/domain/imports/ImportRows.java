package cn.jinan.care.domain.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The data rows of a file under a format's columns. The header is looked for in the first rows (an export may start
 * with a title line); columns are matched by their header, in any order, and other columns are ignored (the error
 * file's row number and reason columns among them), so a corrected error file can be uploaded again.
 */
public record ImportRows<C extends Enum<C> & ImportColumn>(int headerRow, Set<C> columns, List<ImportRow<C>> rows) {

    /** How many rows from the top may come before the header. */
    static final int HEADER_SEARCH_ROWS = 10;

    public ImportRows {
        columns = columns.isEmpty() ? Set.of() : EnumSet.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * Maps a table read from a file to the format of {@code type}. Blank rows and the template's example row are
     * skipped.
     *
     * @throws ImportFileException when no header row is found, a required column is missing, a column appears twice,
     *                             there are no data rows or more than {@code maxRows}
     */
    public static <C extends Enum<C> & ImportColumn> ImportRows<C> of(List<SheetRow> table, Class<C> type,
            int maxRows) {
        Map<String, C> byHeader = new HashMap<>();
        for (C column : type.getEnumConstants()) {
            byHeader.put(normalize(column.header()), column);
            column.aliases().forEach(alias -> byHeader.putIfAbsent(normalize(alias), column));
        }
        int headerIndex = -1;
        Map<Integer, C> positions = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, table.size()) && headerIndex < 0; i++) {
            Map<Integer, C> found = match(table.get(i), byHeader);
            if (found.size() >= 2) {
                headerIndex = i;
                positions = found;
            }
        }
        if (headerIndex < 0) {
            throw new ImportFileException("imports.file.no-header", headers(EnumSet.allOf(type)));
        }
        SheetRow header = table.get(headerIndex);
        Set<C> seen = EnumSet.noneOf(type);
        for (C column : positions.values()) {
            if (!seen.add(column)) {
                throw new ImportFileException("imports.file.duplicate-column", column.header());
            }
        }
        Set<C> missing = EnumSet.noneOf(type);
        for (C column : type.getEnumConstants()) {
            if (column.required() && !seen.contains(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportFileException("imports.file.missing-columns", headers(missing));
        }
        List<ImportRow<C>> rows = new ArrayList<>();
        for (SheetRow row : table.subList(headerIndex + 1, table.size())) {
            Map<C, String> cells = new EnumMap<>(type);
            Set<C> formulas = new HashSet<>();
            boolean blank = true;
            for (Map.Entry<Integer, C> position : positions.entrySet()) {
                String value = row.cell(position.getKey());
                cells.put(position.getValue(), value);
                blank &= value == null || value.isBlank();
                if (row.formulaCells().contains(position.getKey())) {
                    formulas.add(position.getValue());
                    blank = false;
                }
            }
            if (blank || isExample(cells)) {
                continue;
            }
            if (rows.size() == maxRows) {
                throw new ImportFileException("imports.file.too-many-rows", maxRows);
            }
            rows.add(new ImportRow<>(row.number(), cells, formulas));
        }
        if (rows.isEmpty()) {
            throw new ImportFileException("imports.file.no-rows");
        }
        return new ImportRows<>(header.number(), seen, rows);
    }

    /** Whether the row repeats the template's example in every column the file has. */
    private static <C extends Enum<C> & ImportColumn> boolean isExample(Map<C, String> cells) {
        return cells.entrySet().stream().allMatch(cell -> cell.getKey().example().equals(
                cell.getValue() == null ? "" : cell.getValue().strip()));
    }

    private static <C extends Enum<C> & ImportColumn> Map<Integer, C> match(SheetRow row, Map<String, C> byHeader) {
        Map<Integer, C> found = new LinkedHashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            C column = byHeader.get(normalize(row.cell(i)));
            if (column != null) {
                found.put(i, column);
            }
        }
        return found;
    }

    /** A header without blanks, required-marks and a bracketed hint, full-width forms folded, case ignored. */
    static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\([^)]*\\)", "").replaceAll("[\\s*:]", "");
        return s;
    }

    private static String headers(Set<? extends ImportColumn> columns) {
        return columns.stream().map(ImportColumn::header).collect(Collectors.joining("、"));
    }
}
