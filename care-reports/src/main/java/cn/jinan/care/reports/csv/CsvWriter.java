package cn.jinan.care.reports.csv;

import cn.jinan.care.reports.shared.FormulaGuard;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Writes CSV as RFC 4180 says: fields separated by commas, records ended by CRLF, a field quoted when it holds a comma,
 * a quote, CR or LF, quotes inside doubled. The file starts with a UTF-8 byte-order mark so that Excel reads it as
 * UTF-8. Dates are ISO (2026-07-01), numbers plain (no grouping, a dot for decimals), and text that a spreadsheet would
 * run as a formula gets a leading apostrophe ({@link FormulaGuard}). Buffered; {@link #flush} at the end.
 */
public final class CsvWriter {

    private static final char BOM = '\uFEFF';

    private final Writer out;

    public CsvWriter(OutputStream stream) {
        this.out = new java.io.BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        write(String.valueOf(BOM));
    }

    /** One record; {@code null} is an empty field. */
    public void row(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(values[i]));
        }
        line.append("\r\n");
        write(line.toString());
    }

    /** An empty record, between sections. */
    public void blank() {
        write("\r\n");
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text;
        if (value instanceof LocalDate date) {
            text = date.format(DateTimeFormatter.ISO_LOCAL_DATE);
        } else if (value instanceof BigDecimal decimal) {
            text = decimal.toPlainString();
        } else if (value instanceof Number number) {
            text = number.toString();
        } else {
            text = FormulaGuard.neutralise(value.toString());
        }
        return needsQuotes(text) ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
