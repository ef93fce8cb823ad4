package cn.jinan.care.reports.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.imports.SheetRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A template reads back as its headers and example; the instructions are on a second sheet, never read. */
class ImportTemplateWriterTest {

    @Test
    void writesHeadersAnExampleRowDropDownsAndInstructions() throws IOException {
        List<TemplateColumn> columns = List.of(
                new TemplateColumn("公民身份号码", true, TemplateColumn.Kind.TEXT, "370102199001011231", List.of(),
                        "18位", ""),
                new TemplateColumn("入党日期", true, TemplateColumn.Kind.DATE, "2015-07-01", List.of(), "日期", ""),
                new TemplateColumn("学时", false, TemplateColumn.Kind.NUMBER, "1.5", List.of(), "学时", ""),
                new TemplateColumn("性别", false, TemplateColumn.Kind.TEXT, "男", List.of("男", "女"), "性别", "男、女"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ImportTemplateWriter.write(out, "党员名册", columns, 100, "填写说明", List.of("列名", "必填", "填写要求", "可填写的值"),
                List.of("第2行是示例"), List.of("是", "否"));

        List<SheetRow> rows = new UploadedFileReader(100).read(out.toByteArray(), "模板.xlsx");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cells()).containsExactly("公民身份号码", "入党日期", "学时", "性别");
        assertThat(rows.get(1).cells()).containsExactly("370102199001011231", "2015-07-01", "1.5", "男");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetName(0)).isEqualTo("党员名册");
            XSSFSheet data = book.getSheetAt(0);
            assertThat(data.getDataValidations()).hasSize(1);
            assertThat(data.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
            XSSFSheet notes = book.getSheet("填写说明");
            assertThat(notes.getRow(4).getCell(0).getStringCellValue()).isEqualTo("性别");
            assertThat(notes.getRow(4).getCell(3).getStringCellValue()).isEqualTo("男、女");
            assertThat(notes.getRow(6).getCell(0).getStringCellValue()).isEqualTo("第2行是示例");
        }
    }
}
