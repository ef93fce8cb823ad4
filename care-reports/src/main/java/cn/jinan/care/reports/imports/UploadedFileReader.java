package cn.jinan.care.reports.imports;

import cn.jinan.care.domain.imports.ImportFileException;
import cn.jinan.care.domain.imports.SheetRow;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded file into rows of text, whatever its name claims: the first bytes say whether it is an .xlsx
 * workbook (a zip), an old binary .xls or an encrypted workbook (refused with a hint to save as .xlsx), or, when
 * named .csv or .txt, delimited text. Every refusal is an {@link ImportFileException} with a message key.
 */
public final class UploadedFileReader {

    /** Rows that may come before the header (a title) besides the header itself. */
    static final int ROWS_BEFORE_DATA = 11;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private final int maxRows;

    /** @param maxRows the most data rows a file may have */
    public UploadedFileReader(int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive");
        }
        this.maxRows = maxRows;
    }

    /**
     * The file's non-blank rows, the first sheet's for a workbook.
     *
     * @throws ImportFileException when the file is empty, of another type, damaged, a zip bomb or has too many rows
     */
    public List<SheetRow> read(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw new ImportFileException("imports.file.empty");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(content, ZIP)) {
            return new XlsxRowReader(maxRows + ROWS_BEFORE_DATA, maxRows).read(content);
        }
        if (startsWith(content, OLE2)) {
            throw new ImportFileException("imports.file.old-excel");
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return new CsvRowReader(maxRows + ROWS_BEFORE_DATA, maxRows).read(content);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
            throw new ImportFileException("imports.file.damaged");
        }
        throw new ImportFileException("imports.file.type");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
