package cn.jinan.care.reports.imports;

import cn.jinan.care.domain.imports.ImportFileException;
import cn.jinan.care.domain.imports.SheetRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx workbook as a stream of SAX events: memory grows with the rows kept, never with
 * the sheet's XML, and reading stops at the row limit. Nothing is evaluated: a formula cell is reported as one (its
 * cached result is not trusted), dates are read by their cell format and written ISO, numbers in full.
 *
 * <p>Zip bombs are refused while inflating ({@link ZipSecureFile}): an entry that inflates more than
 * {@value #MAX_INFLATE_FACTOR} times its compressed size, or beyond {@value #MAX_ENTRY_BYTES} bytes, stops the read at
 * once. These limits are POI's JVM-wide settings; nothing else in the application reads workbooks.
 */
final class XlsxRowReader {

    /** The largest uncompressed part of a workbook accepted (a 20,000-row sheet is a few tens of MB of XML). */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    /** An entry may inflate at most this many times (POI's default ratio is 1 : 100). */
    static final int MAX_INFLATE_FACTOR = 100;
    static final int MAX_PARTS = 1000;

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATE_FACTOR);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    private final int maxRecords;
    private final int maxRows;

    XlsxRowReader(int maxRecords, int maxRows) {
        this.maxRecords = maxRecords;
        this.maxRows = maxRows;
    }

    List<SheetRow> read(byte[] content) {
        Path file = null;
        try {
            // from a file POI inflates each part when it is read, under the zip-bomb checks; from a stream it would
            // inflate every part into memory first
            file = Files.createTempFile("care-import-", ".xlsx");
            Files.write(file, content);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return readSheet(pkg);
            }
        } catch (ImportFileException e) {
            throw e;
        } catch (Exception e) {
            throw new ImportFileException(isZipBomb(e) ? "imports.file.zip-bomb" : "imports.file.damaged");
        } finally {
            delete(file);
        }
    }

    private List<SheetRow> readSheet(OPCPackage pkg) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        StylesTable styles = reader.getStylesTable();
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            return List.of();
        }
        SheetHandler handler = new SheetHandler(strings, styles);
        try (InputStream sheet = sheets.next()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(sheet));
        }
        return handler.rows;
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("zip bomb"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects rows from the sheet's XML; throws an {@link ImportFileException} past the row limit. */
    private final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final List<SheetRow> rows = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        private int rowNumber;
        private List<String> cells;
        private Set<Integer> formulas;
        private int column;
        private String type;
        private int style;
        private boolean formula;
        private boolean inValue;
        private boolean inInline;
        private boolean inPhonetic;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (name(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    formulas = new HashSet<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = false;
                    text.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "is" -> inInline = true;
                case "rPh" -> inPhonetic = true;
                default -> {
                    // other elements carry nothing a row needs
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            boolean inlineText = inInline && !inPhonetic;
            if ((inValue || inlineText) && text.length() < CsvRowReader.MAX_CELL) {
                text.append(ch, start, Math.min(length, CsvRowReader.MAX_CELL - text.length()));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (name(localName, qName)) {
                case "v" -> inValue = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> inInline = false;
                case "c" -> cell();
                case "row" -> row();
                default -> {
                    // nothing to do
                }
            }
        }

        private void cell() {
            if (column < 0 || column >= CsvRowReader.MAX_COLUMNS) {
                return;
            }
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, value());
            if (formula) {
                formulas.add(column);
            }
        }

        private String value() {
            String raw = text.toString();
            if (type == null || type.equals("n")) {
                return raw.isEmpty() ? "" : number(raw);
            }
            return switch (type) {
                case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
                case "d" -> raw.length() >= 10 ? raw.substring(0, 10) : raw;
                default -> raw; // inlineStr, str (a formula's text result), e (an error such as #N/A)
            };
        }

        private String number(String raw) {
            BigDecimal number;
            try {
                number = new BigDecimal(raw.strip());
            } catch (NumberFormatException e) {
                return raw;
            }
            if (isDateStyle(style) && DateUtil.isValidExcelDate(number.doubleValue())) {
                LocalDate date = DateUtil.getLocalDateTime(number.doubleValue()).toLocalDate();
                return date.toString();
            }
            String plain = number.stripTrailingZeros().toPlainString();
            return plain.equals("-0") ? "0" : plain;
        }

        private boolean isDateStyle(int index) {
            return dateStyles.computeIfAbsent(index, i -> {
                if (styles == null || i >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle cellStyle = styles.getStyleAt(i);
                return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(),
                        cellStyle.getDataFormatString());
            });
        }

        private void row() {
            SheetRow row = new SheetRow(rowNumber, cells, formulas);
            if (row.isBlank() && formulas.isEmpty()) {
                return;
            }
            if (rows.size() >= maxRecords) {
                throw new ImportFileException("imports.file.too-many-rows", maxRows);
            }
            rows.add(row);
        }

        private static String name(String localName, String qName) {
            if (localName != null && !localName.isEmpty()) {
                return localName;
            }
            int colon = qName.indexOf(':');
            return colon < 0 ? qName : qName.substring(colon + 1);
        }
    }
}
