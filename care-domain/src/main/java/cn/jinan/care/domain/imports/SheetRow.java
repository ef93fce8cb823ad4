package cn.jinan.care.domain.imports;

import java.util.List;
import java.util.Set;

/**
 * One non-blank row of an uploaded file as read: its number as the user's spreadsheet shows it (1 for the first
 * row), the text of its cells from the first column on, and the indexes of cells that held a formula (whose result
 * is never trusted).
 */
public record SheetRow(int number, List<String> cells, Set<Integer> formulaCells) {

    public SheetRow {
        cells = List.copyOf(cells);
        formulaCells = Set.copyOf(formulaCells);
    }

    public static SheetRow of(int number, String... cells) {
        return new SheetRow(number, List.of(cells), Set.of());
    }

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
