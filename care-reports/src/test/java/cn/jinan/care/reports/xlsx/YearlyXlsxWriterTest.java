package cn.jinan.care.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.reports.yearly.SampleReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class YearlyXlsxWriterTest {

    private static XSSFWorkbook write(int members) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new YearlyXlsxWriter().write(SampleReport.of(OrgLevel.DISTRICT), SampleReport.text(),
                SampleReport.members(members), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void onePartPerSheetEachWithTitleAndFrozenHeader() throws IOException {
        try (XSSFWorkbook book = write(10)) {
            List<String> names = new ArrayList<>();
            book.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("完成情况", "下级组织", "登记簿", "经费支出", "党员明细");
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                XSSFSheet sheet = book.getSheetAt(i);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                        .startsWith(SampleReport.ORG_NAME + "2026年度党内激励关怀报表");
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
                assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFont().getBold()).isTrue();
                assertThat(sheet.getColumnWidth(0)).isGreaterThan(8 * 256);
            }
        }
    }

    @Test
    void figuresAreNumberCells() throws IOException {
        try (XSSFWorkbook book = write(3)) {
            XSSFSheet summary = book.getSheet("完成情况");
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo(SampleReport.RULE_R03);
            assertThat(summary.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(summary.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(115);
            assertThat(summary.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(85.2);
            assertThat(summary.getRow(2).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            // an obligation rule: overdue, not members short
            Cell overdue = summary.getRow(5).getCell(5);
            assertThat(overdue.getNumericCellValue()).isEqualTo(3);
            assertThat(summary.getRow(5).getCell(4)).isNull();
            XSSFSheet spending = book.getSheet("经费支出");
            assertThat(spending.getRow(2).getCell(0).getStringCellValue()).isEqualTo("财政预算");
            assertThat(spending.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(18000.0);
            assertThat(spending.getRow(2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(spending.getRow(4).getCell(8).getNumericCellValue()).isEqualTo(26000.5);
            XSSFSheet members = book.getSheet("党员明细");
            assertThat(members.getRow(1).getCell(2).getStringCellValue()).isEqualTo("姓名");
            assertThat(members.getRow(3).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(members.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(1.5);
        }
    }

    @Test
    void formulaLikeTextIsStoredAsQuotedText() throws IOException {
        try (XSSFWorkbook book = write(SampleReport.HOSTILE.size())) {
            XSSFSheet members = book.getSheet("党员明细");
            for (int i = 0; i < SampleReport.HOSTILE.size(); i++) {
                Cell name = members.getRow(2 + i).getCell(2);
                assertThat(name.getCellType()).isEqualTo(CellType.STRING);
                assertThat(name.getStringCellValue()).isEqualTo(SampleReport.HOSTILE.get(i));
                assertThat(name.getCellStyle().getQuotePrefixed()).as(SampleReport.HOSTILE.get(i)).isTrue();
            }
            Cell child = book.getSheet("下级组织").getRow(3).getCell(1);
            assertThat(child.getCellType()).isEqualTo(CellType.STRING);
            assertThat(child.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void everyMemberRowIsWrittenPastTheStreamingWindow() throws IOException {
        int rows = XlsxTableWriter.WINDOW * 3 + 11;
        try (XSSFWorkbook book = write(rows)) {
            XSSFSheet members = book.getSheet("党员明细");
            assertThat(members.getLastRowNum()).isEqualTo(rows + 1);
            assertThat(members.getRow(rows + 1).getCell(2).getStringCellValue()).isEqualTo("党员" + (rows - 1));
        }
    }
}
