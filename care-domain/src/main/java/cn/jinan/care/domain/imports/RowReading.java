package cn.jinan.care.domain.imports;

import cn.jinan.care.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the cells of one row, collecting a problem for every cell that cannot be read rather than stopping at the
 * first, so the user fixes a row once. A formula cell is a problem in itself: its cached result could say anything,
 * and nothing of an uploaded file is ever evaluated.
 */
final class RowReading<C extends Enum<C> & ImportColumn> {

    private final ImportRow<C> row;
    private final List<RowIssue> issues = new ArrayList<>();

    RowReading(ImportRow<C> row) {
        this.row = row;
        for (C column : row.formulas()) {
            issue(column, "imports.cell.formula");
        }
    }

    /** The cell read by {@code parser}, or {@code null} (and a problem noted) when it cannot be read. */
    <T> T read(C column, Function<String, T> parser) {
        if (row.isFormula(column)) {
            return null;
        }
        try {
            return parser.apply(row.text(column));
        } catch (DomainException e) {
            issue(column, e.getMessageKey(), e.getArguments());
            return null;
        }
    }

    /** The cell's text, noting a problem when it is blank or longer than {@code max}. */
    String required(C column, int max) {
        if (row.isFormula(column)) {
            return null;
        }
        if (row.text(column).isEmpty()) {
            issue(column, "common.required");
            return null;
        }
        return read(column, text -> Cells.limited(text, max));
    }

    boolean blank(C column) {
        return row.text(column).isEmpty() && !row.isFormula(column);
    }

    void issue(C column, String messageKey, Object... arguments) {
        String value = column == null ? "" : row.raw(column);
        issues.add(new RowIssue(row.number(), column, value, messageKey,
                arguments == null ? List.of() : Arrays.asList(arguments)));
    }

    boolean hasIssues() {
        return !issues.isEmpty();
    }

    List<RowIssue> issues() {
        return List.copyOf(issues);
    }

    int number() {
        return row.number();
    }
}
