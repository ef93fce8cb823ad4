package cn.jinan.care.reports.shared;

import java.util.Objects;

/**
 * One column of an exported table: its header as the reader sees it (already translated) and the kind of cell
 * it holds, which decides the cell type and number format.
 */
public record Column(String header, Kind kind, int widthChars) {

    public enum Kind {
        /** Free text; formula-like text is neutralised. */
        TEXT,
        /** A {@link java.time.LocalDate}, written as a real date cell shown ISO (2025-07-01). */
        DATE,
        /** A whole number. */
        INTEGER,
        /** A decimal such as study hours, one decimal place. */
        DECIMAL,
        /** Money in yuan, two decimal places. */
        MONEY
    }

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        if (widthChars < 1 || widthChars > 255) {
            throw new IllegalArgumentException("width out of range: " + widthChars);
        }
    }

    public static Column text(String header, int widthChars) {
        return new Column(header, Kind.TEXT, widthChars);
    }

    public static Column date(String header) {
        return new Column(header, Kind.DATE, 12);
    }

    public static Column integer(String header) {
        return new Column(header, Kind.INTEGER, Math.max(8, header.length() * 2 + 2));
    }

    public static Column decimal(String header) {
        return new Column(header, Kind.DECIMAL, Math.max(8, header.length() * 2 + 2));
    }

    public static Column money(String header) {
        return new Column(header, Kind.MONEY, Math.max(12, header.length() * 2 + 2));
    }
}
