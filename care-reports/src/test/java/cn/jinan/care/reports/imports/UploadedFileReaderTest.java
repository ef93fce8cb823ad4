package cn.jinan.care.reports.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.imports.ImportFileException;
import cn.jinan.care.domain.imports.SheetRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Reading uploads: the cells as text, CSV in its encodings, and every hostile or broken file refused by name. */
class UploadedFileReaderTest {

    private final UploadedFileReader reader = new UploadedFileReader(100);

    private static void assertRefused(ThrowingCallable read, String messageKey) {
        assertThatThrownBy(read).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(messageKey));
    }

    private static byte[] workbook(java.util.function.Consumer<XSSFWorkbook> fill) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsTheFirstSheetsCellsAsTextDatesIsoAndNumbersInFull() throws IOException {
        byte[] xlsx = workbook(book -> {
            XSSFSheet sheet = book.createSheet("名册");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("日期");
            header.createCell(3).setCellValue("学时");
            Row row = sheet.createRow(4);
            row.createCell(0).setCellValue("张三");
            row.createCell(1).setCellValue(LocalDate.of(2020, 7, 1));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(true);
            row.createCell(3).setCellValue(1.5);
            row.createCell(4).setCellValue(13912345678d);
            row.createCell(5).setCellFormula("HYPERLINK(\"http://evil.example\",\"点我\")");
            book.createSheet("说明").createRow(0).createCell(0).setCellValue("不读");
        });

        List<SheetRow> rows = reader.read(xlsx, "名册.xlsx");

        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 5);
        assertThat(rows.get(0).cells()).containsExactly("姓名", "日期", "", "学时");
        assertThat(rows.get(1).cells()).containsExactly("张三", "2020-07-01", "TRUE", "1.5", "13912345678", "");
        assertThat(rows.get(1).formulaCells()).containsExactly(5);
    }

    @Test
    void csvInUtf8WithAndWithoutBomGb18030AndUtf16() {
        String text = "姓名,课程名称\r\n\"王, 芳\",\"说\"\"学\"\"习\n强国\"\r\n\r\n李四,党章\n";
        List<byte[]> encodings = List.of(text.getBytes(StandardCharsets.UTF_8),
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)),
                text.getBytes(Charset.forName("GB18030")),
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        for (byte[] bytes : encodings) {
            List<SheetRow> rows = reader.read(bytes, "学时.csv");
            assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 4);
            assertThat(rows.get(0).cells()).containsExactly("姓名", "课程名称");
            assertThat(rows.get(1).cells()).containsExactly("王, 芳", "说\"学\"习\n强国");
            assertThat(rows.get(2).cells()).containsExactly("李四", "党章");
        }
    }

    @Test
    void tabSeparatedTextIsReadToo() {
        List<SheetRow> rows = reader.read("姓名\t课程名称\n王芳\t党章".getBytes(StandardCharsets.UTF_8), "x.txt");
        assertThat(rows.get(1).cells()).containsExactly("王芳", "党章");
    }

    @Test
    void aFormulaInCsvIsJustText() {
        List<SheetRow> rows = reader.read("姓名\n=HYPERLINK(\"http://evil.example\")\n+1".getBytes(
                StandardCharsets.UTF_8), "x.csv");
        assertThat(rows).extracting(r -> r.cell(0)).containsExactly("姓名", "=HYPERLINK(\"http://evil.example\")",
                "+1");
        assertThat(rows).allSatisfy(r -> assertThat(r.formulaCells()).isEmpty());
    }

    @Test
    void refusesEmptyUnknownOldAndBrokenFiles() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        assertRefused(() -> reader.read(new byte[0], "a.xlsx"), "imports.file.empty");
        assertRefused(() -> reader.read(random, "a.xlsx"), "imports.file.damaged");
        assertRefused(() -> reader.read(random, "a.pdf"), "imports.file.type");
        assertRefused(() -> reader.read(concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, random), "a.xlsx"), "imports.file.old-excel");
        assertRefused(() -> reader.read(concat(new byte[] {0x50, 0x4B, 0x03, 0x04}, random), "a.xlsx"),
                "imports.file.damaged");
        assertRefused(() -> reader.read("a,\"b\nc".getBytes(StandardCharsets.UTF_8), "a.csv"),
                "imports.file.csv-quote");
        assertRefused(() -> reader.read("a\0b".getBytes(StandardCharsets.UTF_8), "a.csv"), "imports.file.not-text");
    }

    @Test
    void randomBytesNamedCsvAreRefused() {
        byte[] random = new byte[4096];
        new Random(11).nextBytes(random);
        assertThatThrownBy(() -> reader.read(random, "a.csv")).isInstanceOf(ImportFileException.class);
    }

    @Test
    void refusesMoreRowsThanTheLimitWithoutReadingOn() throws IOException {
        byte[] xlsx = workbook(book -> {
            XSSFSheet sheet = book.createSheet();
            for (int i = 0; i < 200; i++) {
                sheet.createRow(i).createCell(0).setCellValue("row " + i);
            }
        });
        assertRefused(() -> reader.read(xlsx, "a.xlsx"), "imports.file.too-many-rows");
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            csv.append("row ").append(i).append('\n');
        }
        assertRefused(() -> reader.read(csv.toString().getBytes(StandardCharsets.UTF_8), "a.csv"),
                "imports.file.too-many-rows");
    }

    @Test
    void refusesAZipBombQuickly() throws IOException {
        byte[] bomb = bomb(workbook(book -> book.createSheet().createRow(0).createCell(0).setCellValue("x")),
                64L * 1024 * 1024);
        assertThat(bomb.length).as("the bomb is small").isLessThan(1024 * 1024);

        long started = System.nanoTime();
        assertRefused(() -> reader.read(bomb, "bomb.xlsx"), "imports.file.zip-bomb");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    /** The workbook with its sheet replaced by one cell of {@code size} bytes of one letter, deflated. */
    static byte[] bomb(byte[] xlsx, long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>")
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = "A".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (long written = 0; written < size; written += chunk.length) {
                        zip.write(chunk);
                    }
                    zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
