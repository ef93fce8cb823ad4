package cn.jinan.care.domain.imports;

import java.util.List;

/**
 * A column of an import file. The header is part of the file format: it is written in the template and looked for in
 * uploaded files, so it stays the same whatever language the user reads (the template's headers are Chinese; English
 * aliases are accepted too). Pages name the column through its message key.
 */
public interface ImportColumn {

    /** What defines a column. */
    record Spec(String header, boolean required, String messageKey, String example, List<String> aliases) {

        public static Spec of(String header, boolean required, String messageKey, String example,
                String... aliases) {
            return new Spec(header, required, messageKey, example, List.of(aliases));
        }
    }

    Spec spec();

    /** The constant's name; enums implement it. */
    String name();

    /** The header as the template writes it. */
    default String header() {
        return spec().header();
    }

    /** Other headers accepted for this column (English, and common variants in platforms' exports). */
    default List<String> aliases() {
        return spec().aliases();
    }

    /** Whether a file without this column is refused. */
    default boolean required() {
        return spec().required();
    }

    /**
     * The template's example value (dates ISO). A row that repeats the whole example is the template's example row,
     * left in by mistake, and is skipped.
     */
    default String example() {
        return spec().example();
    }

    /** The key of the column's name in the message bundles. */
    default String messageKey() {
        return spec().messageKey();
    }
}
