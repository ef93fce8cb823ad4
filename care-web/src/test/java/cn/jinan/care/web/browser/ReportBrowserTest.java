package cn.jinan.care.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.web.demo.DemoAccounts;
import cn.jinan.care.web.support.Demo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * 年度报表 in Chromium: the administrator opens it from the menu, picks a branch (the page reloads for it), asks for
 * the workbook and then the PDF, watches each job's progress on the page until its download link shows, and clicks
 * it; the file Chromium saves is read back with POI and PDFBox. Screenshots land in target/browser/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportBrowserTest {

    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(120);
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @LocalServerPort
    private int port;
    @Autowired
    private Demo demo;

    @BeforeEach
    void chromium() {
        Browser.assumeAvailable();
    }

    @Test
    void theAdministratorExportsABranchsYearlyReportAndDownloadsTheWorkbookAndThePdf() throws Exception {
        Path downloads = Files.createTempDirectory("care-downloads");
        String branch = demo.org("JN010101").getName();
        try (Browser admin = new Browser(port, new Dimension(1366, 900), downloads)) {
            try {
                admin.login("admin", DemoAccounts.PASSWORD);
                admin.clickToNewPage(admin.find("nav a.nav-link[href='/reports']"));
                assertThat(admin.find("main h1").getText()).isEqualTo("年度报表");
                // picking an organization reloads the page for it (reports.js); the picker lists two levels below the
                // city, and a chosen street's branches: the street first, then its branch
                for (String code : new String[] {"JN0101", "JN010101"}) {
                    String id = demo.org(code).getId().toString();
                    admin.select("org", id);
                    admin.find("select[name=org] option[value='" + id + "'][selected]");
                }
                assertThat(admin.url()).contains("org=" + demo.org("JN010101").getId());

                Path xlsx = exportAndDownload(admin, downloads, "XLSX", ".xlsx");
                try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                    assertThat(IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName))
                            .containsExactly("完成情况", "下级组织", "登记簿", "经费支出", "党员明细");
                    assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                            .startsWith(branch + YEAR + "年度党内激励关怀报表");
                    XSSFSheet members = book.getSheet("党员明细");
                    assertThat(members.getLastRowNum()).as("the branch's members are listed").isGreaterThan(2);
                    DataFormatter cells = new DataFormatter(Locale.ROOT);
                    for (int r = 2; r <= members.getLastRowNum(); r++) {
                        assertThat(cells.formatCellValue(members.getRow(r).getCell(0))).startsWith("JN010101");
                        assertThat(cells.formatCellValue(members.getRow(r).getCell(3)))
                                .as("identity numbers are masked").matches("\\d{6}\\*{8}\\d{3}[\\dX]");
                    }
                }

                Path pdf = exportAndDownload(admin, downloads, "PDF", ".pdf");
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    String text = new PDFTextStripper().getText(doc);
                    assertThat(text).contains(branch).contains("R03 集中学习培训学时（第3条）").contains("五、党员明细")
                            .contains("第 1 页 / 共 " + doc.getNumberOfPages() + " 页");
                }
                assertThat(admin.consoleErrors()).as("no script error, no CSP violation").isEmpty();
            } catch (RuntimeException | AssertionError | IOException e) {
                admin.screenshotWholePage("report-admin-failed");
                throw e;
            }
        }
    }

    /**
     * Asks for the report in the format, waits on the page for its job's download link and clicks it; returns the
     * file Chromium saved.
     */
    private static Path exportAndDownload(Browser browser, Path downloads, String format, String extension)
            throws IOException, InterruptedException {
        Set<String> before = browser.findAll("table.report-jobs tr[data-job]").stream()
                .map(row -> row.getAttribute("data-job")).collect(Collectors.toSet());
        browser.check("format", format);
        browser.clickToNewPage(browser.find("form.report-form button[type=submit]"));
        browser.find(".alert-success");
        WebElement row = browser.findAll("table.report-jobs tr[data-job]").stream()
                .filter(r -> !before.contains(r.getAttribute("data-job"))).findFirst()
                .orElseThrow(() -> new AssertionError("the new job is listed"));
        String job = row.getAttribute("data-job");
        assertThat(row.getText()).contains(format.equals("PDF") ? "PDF" : "Excel");
        browser.screenshot("report-admin-" + format.toLowerCase() + "-queued");

        // the page's script polls the job's status and shows the link when it is done
        WebElement link = browser.visible("tr[data-job='" + job + "'] a.job-download", JOB_TIMEOUT);
        WebElement done = browser.find("tr[data-job='" + job + "']");
        assertThat(done.getAttribute("data-status")).isEqualTo("DONE");
        assertThat(done.findElement(org.openqa.selenium.By.cssSelector(".job-status")).getText()).isEqualTo("已完成");
        WebElement bar = done.findElement(org.openqa.selenium.By.cssSelector("progress"));
        assertThat(bar.getAttribute("value")).isEqualTo(bar.getAttribute("max"));
        browser.screenshot("report-admin-" + format.toLowerCase() + "-done");

        Set<Path> existing = files(downloads);
        browser.click(link);
        return awaitDownload(downloads, existing, extension);
    }

    /** The new complete file (Chromium writes {@code .crdownload} until it is) with the extension. */
    private static Path awaitDownload(Path dir, Set<Path> existing, String extension)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            List<Path> found = files(dir).stream().filter(f -> !existing.contains(f))
                    .filter(f -> f.getFileName().toString().endsWith(extension)).toList();
            if (!found.isEmpty() && Files.size(found.get(0)) > 0) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + extension + " downloaded into " + dir + ": " + files(dir));
    }

    private static Set<Path> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.collect(Collectors.toSet());
        }
    }
}
