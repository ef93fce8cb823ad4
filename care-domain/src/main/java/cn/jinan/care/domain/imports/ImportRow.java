package cn.jinan.care.domain.imports;

import java.util.Map;
import java.util.Set;

/** A data row of an import file, its cells keyed by the format's columns; columns the file lacks are blank. */
public record ImportRow<C extends Enum<C> & ImportColumn>(int number, Map<C, String> cells, Set<C> formulas) {

    public ImportRow {
        cells = Map.copyOf(cells);
        formulas = Set.copyOf(formulas);
    }

    /** The cell's text without surrounding blanks (full-width ones too); empty when blank or missing. */
    public String text(C column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }

    /** The cell as read. */
    public String raw(C column) {
        String value = cells.get(column);
        return value == null ? "" : value;
    }

    public boolean isFormula(C column) {
        return formulas.contains(column);
    }
}
