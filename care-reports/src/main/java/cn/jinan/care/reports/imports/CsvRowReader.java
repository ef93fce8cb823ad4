package cn.jinan.care.reports.imports;

import cn.jinan.care.domain.imports.ImportFileException;
import cn.jinan.care.domain.imports.SheetRow;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads delimited text as Excel and the platforms write it (RFC 4180: quoted fields may hold delimiters, quotes
 * doubled and line breaks). The encoding is detected: a byte-order mark says UTF-8 or UTF-16; without one the text is
 * UTF-8 if it decodes as such, else GB18030 (Excel's "CSV" on a Chinese Windows), else refused. The delimiter is the
 * comma, or a tab or semicolon when the first line has more of those.
 */
final class CsvRowReader {

    static final Charset GB18030 = Charset.forName("GB18030");
    /** The longest cell kept; longer text is cut (no column of a format takes that much, so it is refused anyway). */
    static final int MAX_CELL = 4000;
    static final int MAX_COLUMNS = 64;

    private final int maxRecords;
    private final int maxRows;

    CsvRowReader(int maxRecords, int maxRows) {
        this.maxRecords = maxRecords;
        this.maxRows = maxRows;
    }

    List<SheetRow> read(byte[] content) {
        String text = decode(content);
        if (text.indexOf('\0') >= 0) {
            throw new ImportFileException("imports.file.not-text");
        }
        return parse(text, delimiter(text));
    }

    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(StandardCharsets.UTF_8, b, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(StandardCharsets.UTF_16LE, b, 2);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(StandardCharsets.UTF_16BE, b, 2);
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8, GB18030)) {
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                // try the next one
            }
        }
        throw new ImportFileException("imports.file.encoding");
    }

    private static String strict(Charset charset, byte[] b, int offset) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new ImportFileException("imports.file.encoding");
        }
    }

    /** The delimiter the first line uses most, outside quotes. */
    static char delimiter(String text) {
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + tabs + semicolons > 0) {
                    break;
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private List<SheetRow> parse(String text, char delimiter) {
        List<SheetRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int record = 1;
        int quoteOpenedAt = 0;
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    append(cell, '"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    append(cell, c);
                }
                i++;
                continue;
            }
            if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
                quoteOpenedAt = record;
            } else if (c == delimiter) {
                addCell(cells, cell);
            } else if (c == '\r' || c == '\n') {
                addCell(cells, cell);
                addRow(rows, record, cells);
                cells = new ArrayList<>();
                record++;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                append(cell, c);
            }
            i++;
        }
        if (quoted) {
            throw new ImportFileException("imports.file.csv-quote", quoteOpenedAt);
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            addCell(cells, cell);
            addRow(rows, record, cells);
        }
        return rows;
    }

    private static void append(StringBuilder cell, char c) {
        if (cell.length() < MAX_CELL) {
            cell.append(c);
        }
    }

    private static void addCell(List<String> cells, StringBuilder cell) {
        if (cells.size() < MAX_COLUMNS) {
            cells.add(cell.toString());
        }
        cell.setLength(0);
    }

    private void addRow(List<SheetRow> rows, int record, List<String> cells) {
        SheetRow row = new SheetRow(record, cells, Set.of());
        if (row.isBlank()) {
            return;
        }
        if (rows.size() >= maxRecords) {
            throw new ImportFileException("imports.file.too-many-rows", maxRows);
        }
        rows.add(row);
    }
}
