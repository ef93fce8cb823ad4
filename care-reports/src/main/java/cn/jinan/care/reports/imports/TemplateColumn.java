package cn.jinan.care.reports.imports;

import java.util.List;
import java.util.Objects;

/**
 * A column of an import template: its header, whether it must be filled, the kind of cell, the example row's value,
 * the choices offered in a drop-down (empty for none) and, for the instructions sheet, what to write and the values
 * allowed.
 */
public record TemplateColumn(String header, boolean required, Kind kind, String example, List<String> choices,
        String description, String allowed) {

    public enum Kind {
        /** Text, kept as text by the spreadsheet (identity numbers and codes keep their digits). */
        TEXT,
        /** A date cell shown as yyyy-mm-dd; the example is ISO. */
        DATE,
        /** A number such as hours. */
        NUMBER
    }

    public TemplateColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        choices = choices == null ? List.of() : List.copyOf(choices);
        example = example == null ? "" : example;
        description = description == null ? "" : description;
        allowed = allowed == null ? "" : allowed;
    }
}
