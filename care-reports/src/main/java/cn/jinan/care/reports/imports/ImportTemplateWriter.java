package cn.jinan.care.reports.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an import template: a data sheet with the headers (required ones in red), one example row, text columns
 * formatted as text so that identity numbers keep their 18 digits, date columns as dates, drop-downs for coded
 * columns; and an instructions sheet that explains each column and the values it allows. The reader looks at the
 * first sheet only, so the instructions never get imported.
 */
public final class ImportTemplateWriter {

    /** Longest list Excel accepts for an in-cell drop-down (the list is written into the validation itself). */
    static final int MAX_CHOICE_CHARS = 255;

    private ImportTemplateWriter() {
    }

    /**
     * @param dataRows     how many rows below the header get the drop-downs and formats
     * @param notesHeaders the instructions sheet's four headers: column, required, what to write, allowed values
     * @param notes        general notes written below the columns' explanations, one line each
     * @param yesNo        the words for required / optional in the instructions sheet
     */
    public static void write(OutputStream out, String dataSheetName, List<TemplateColumn> columns, int dataRows,
            String notesSheetName, List<String> notesHeaders, List<String> notes, List<String> yesNo) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            dataSheet(book, styles, dataSheetName, columns, dataRows);
            notesSheet(book, styles, notesSheetName, columns, notesHeaders, notes, yesNo);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dataSheet(XSSFWorkbook book, Styles styles, String name, List<TemplateColumn> columns,
            int dataRows) {
        XSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(name));
        Row header = sheet.createRow(0);
        Row example = sheet.createRow(1);
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (int i = 0; i < columns.size(); i++) {
            TemplateColumn column = columns.get(i);
            Cell h = header.createCell(i);
            h.setCellValue(column.header());
            h.setCellStyle(column.required() ? styles.requiredHeader : styles.header);
            CellStyle body = switch (column.kind()) {
                case TEXT -> styles.text;
                case DATE -> styles.date;
                case NUMBER -> styles.number;
            };
            sheet.setDefaultColumnStyle(i, body);
            sheet.setColumnWidth(i, Math.min(255, Math.max(10, column.header().length() * 2 + 4)
                    + (column.kind() == TemplateColumn.Kind.TEXT && column.example().length() > 10 ? 10 : 0)) * 256);
            Cell cell = example.createCell(i);
            cell.setCellStyle(body);
            if (!column.example().isEmpty()) {
                switch (column.kind()) {
                    case DATE -> cell.setCellValue(LocalDate.parse(column.example()));
                    case NUMBER -> cell.setCellValue(new BigDecimal(column.example()).doubleValue());
                    case TEXT -> cell.setCellValue(column.example());
                }
            }
            if (!column.choices().isEmpty() && String.join(",", column.choices()).length() <= MAX_CHOICE_CHARS) {
                DataValidation list = validations.createValidation(
                        validations.createExplicitListConstraint(column.choices().toArray(String[]::new)),
                        new CellRangeAddressList(1, dataRows, i, i));
                list.setShowErrorBox(true);
                list.setSuppressDropDownArrow(true);
                sheet.addValidationData(list);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static void notesSheet(XSSFWorkbook book, Styles styles, String name, List<TemplateColumn> columns,
            List<String> headers, List<String> notes, List<String> yesNo) {
        XSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(name));
        int[] widths = {16, 10, 60, 60};
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, widths[Math.min(i, widths.length - 1)] * 256);
        }
        int r = 1;
        for (TemplateColumn column : columns) {
            Row row = sheet.createRow(r++);
            String[] values = {column.header(), column.required() ? yesNo.get(0) : yesNo.get(1), column.description(),
                column.allowed()};
            for (int i = 0; i < values.length; i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(values[i]);
                cell.setCellStyle(styles.wrapped);
            }
        }
        r++;
        for (String note : notes) {
            Cell cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(note);
        }
        sheet.createFreezePane(0, 1);
    }

    private static final class Styles {

        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle text;
        final CellStyle date;
        final CellStyle number;
        final CellStyle wrapped;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            Font red = book.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.RED.getIndex());
            header = headerStyle(book, bold);
            requiredHeader = headerStyle(book, red);
            var format = book.createDataFormat();
            text = book.createCellStyle();
            text.setDataFormat(format.getFormat("@"));
            date = book.createCellStyle();
            date.setDataFormat(format.getFormat("yyyy-mm-dd"));
            number = book.createCellStyle();
            number.setDataFormat(format.getFormat("0.0"));
            wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
        }

        private static CellStyle headerStyle(XSSFWorkbook book, Font font) {
            CellStyle style = book.createCellStyle();
            style.setFont(font);
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderBottom(BorderStyle.THIN);
            return style;
        }
    }
}
