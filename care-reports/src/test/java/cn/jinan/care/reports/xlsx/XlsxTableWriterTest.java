package cn.jinan.care.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.reports.shared.Column;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTableWriterTest {

    private static final List<Column> COLUMNS = List.of(Column.text("姓名", 10), Column.date("日期"),
            Column.money("金额"), Column.decimal("学时"), Column.integer("人数"));

    private static XSSFWorkbook write(Object[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTableWriter xlsx = new XlsxTableWriter()) {
            XlsxTableWriter.TableSheet sheet = xlsx.sheet("困难党员", COLUMNS);
            for (Object[] row : rows) {
                sheet.row(row);
            }
            xlsx.writeTo(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void writesTypedCellsUnderAFrozenHeader() throws IOException {
        try (XSSFWorkbook book = write(new Object[] {"张三", LocalDate.of(2025, 7, 1), new BigDecimal("500.50"),
                new BigDecimal("32.5"), 12})) {
            XSSFSheet sheet = book.getSheet("困难党员");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            var row = sheet.getRow(1);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
            assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(500.50);
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(32.5);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(12);
            assertThat(sheet.getColumnWidth(0)).isEqualTo(10 * 256);
        }
    }

    @Test
    void formulaLikeTextStaysTextWithTheQuotePrefix() throws IOException {
        try (XSSFWorkbook book = write(new Object[] {"=HYPERLINK(\"http://x\")", null, null, null, null},
                new Object[] {"@SUM(A1)", null, null, null, null}, new Object[] {"+1", null, null, null, null},
                new Object[] {"-1+2", null, null, null, null}, new Object[] {"普通文字", null, null, null, null})) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (int r = 1; r <= 4; r++) {
                var cell = sheet.getRow(r).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as("row %d", r).isTrue();
            }
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(5).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getRow(1).getCell(1)).isNull();
        }
    }

    @Test
    void aRowMustFillEveryColumn() {
        try (XlsxTableWriter xlsx = new XlsxTableWriter()) {
            XlsxTableWriter.TableSheet sheet = xlsx.sheet("x", COLUMNS);
            assertThatThrownBy(() -> sheet.row("only one")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void rowsBeyondTheWindowAreFlushedNotKept() throws IOException {
        int rows = XlsxTableWriter.WINDOW * 5 + 7;
        Object[][] data = new Object[rows][];
        for (int i = 0; i < rows; i++) {
            data[i] = new Object[] {"党员" + i, LocalDate.of(2025, 1, 1).plusDays(i % 365), i, i, i};
        }
        try (XSSFWorkbook book = write(data)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(rows);
            assertThat(sheet.getRow(rows).getCell(0).getStringCellValue()).isEqualTo("党员" + (rows - 1));
        }
    }
}
