package cn.jinan.care.reports.xlsx;

import cn.jinan.care.reports.shared.Column;
import cn.jinan.care.reports.shared.FormulaGuard;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables to an .xlsx workbook, one sheet per table, streaming: only {@value #WINDOW} rows are held in memory,
 * the rest go to a compressed temporary file until the workbook is written out. Headers are bold and frozen, dates
 * and numbers are real cells with formats, columns have fixed widths, and formula-like text is stored as text with
 * the quote prefix, so opening the file never runs anything.
 *
 * <pre>
 * try (var xlsx = new XlsxTableWriter()) {
 *     var sheet = xlsx.sheet("困难党员", columns);
 *     rows.forEach(r -&gt; sheet.row(r.name(), r.since(), r.amount()));
 *     xlsx.writeTo(response.getOutputStream());
 * }
 * </pre>
 */
public final class XlsxTableWriter implements AutoCloseable {

    static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Map<Column.Kind, CellStyle> styles = new EnumMap<>(Column.Kind.class);
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle quotedText;

    public XlsxTableWriter() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);
        var format = workbook.createDataFormat();
        styles.put(Column.Kind.TEXT, workbook.createCellStyle());
        styles.put(Column.Kind.DATE, styled(format.getFormat("yyyy-mm-dd")));
        styles.put(Column.Kind.INTEGER, styled(format.getFormat("0")));
        styles.put(Column.Kind.DECIMAL, styled(format.getFormat("0.0")));
        styles.put(Column.Kind.MONEY, styled(format.getFormat("#,##0.00")));
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
    }

    private CellStyle styled(short dataFormat) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(dataFormat);
        return style;
    }

    /** Starts a new sheet with a bold, frozen header row; rows are then added in order. */
    public TableSheet sheet(String name, List<Column> columns) {
        return sheet(name, null, columns);
    }

    /**
     * Starts a new sheet whose first row holds a title (when not {@code null}) above the bold header row; both stay
     * in view (frozen) while the rows scroll.
     */
    public TableSheet sheet(String name, String titleText, List<Column> columns) {
        SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        int headerRow = 0;
        if (titleText != null) {
            Cell cell = sheet.createRow(0).createCell(0);
            cell.setCellValue(titleText);
            cell.setCellStyle(FormulaGuard.isFormulaLike(titleText) ? quotedText : title);
            headerRow = 1;
        }
        Row row = sheet.createRow(headerRow);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            sheet.setColumnWidth(i, Math.min(255, column.widthChars()) * 256);
            Cell cell = row.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, headerRow + 1);
        return new TableSheet(sheet, List.copyOf(columns), headerRow + 1);
    }

    /** Writes the whole workbook; call once, after the last row. */
    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary files. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sheet being filled. */
    public final class TableSheet {

        private final Sheet sheet;
        private final List<Column> columns;
        private final int first;
        private int next;

        private TableSheet(Sheet sheet, List<Column> columns, int first) {
            this.sheet = sheet;
            this.columns = columns;
            this.first = first;
            this.next = first;
        }

        /**
         * Adds a row; values are given in column order, {@code null} leaves a cell empty. A value must suit its
         * column: a {@link LocalDate} for DATE, a {@link Number} for the numeric kinds, anything else is written
         * as text.
         */
        public void row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length);
            }
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                Column.Kind kind = columns.get(i).kind();
                Cell cell = row.createCell(i);
                if (kind == Column.Kind.DATE && value instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(styles.get(kind));
                } else if (kind != Column.Kind.TEXT && kind != Column.Kind.DATE && value instanceof Number number) {
                    cell.setCellValue(number instanceof BigDecimal d ? d.doubleValue() : number.doubleValue());
                    cell.setCellStyle(styles.get(kind));
                } else {
                    String text = value.toString();
                    cell.setCellValue(text);
                    if (FormulaGuard.isFormulaLike(text)) {
                        cell.setCellStyle(quotedText);
                    }
                }
            }
        }

        /** Rows written so far, title and header excluded. */
        public int rows() {
            return next - first;
        }
    }
}
