package cn.jinan.care.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.report.ReportFormat;
import cn.jinan.care.domain.report.ReportJob;
import cn.jinan.care.domain.report.ReportJobStatus;
import cn.jinan.care.persistence.report.ReportJobService;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * 年度报表 end to end on the demo data: a job asked for on the page runs in the background to DONE and its file
 * downloads with the right type and content, for a branch, a district and the city, in each format; it is its asker's
 * alone; two jobs at once both finish; a branch report also downloads at once; bad input stays on the page.
 */
@CareWebTest
class ReportPagesTest {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    private static final Path OUT = Path.of("target", "reports-web");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private ReportJobService jobs;
    @Autowired
    private ReportJobs runner;
    @Autowired
    private JdbcTemplate jdbc;

    /** Asks for a report on the page as the user; returns the new job's id (the newest of the user's). */
    private long start(String user, String orgCode, ReportFormat format) throws Exception {
        mvc.perform(get("/reports").with(demo.as(user))).andExpect(status().isOk());
        var request = post("/reports/jobs").with(demo.as(user)).with(csrf()).param("year", Integer.toString(YEAR))
                .param("format", format.name());
        if (orgCode != null) {
            request = request.param("org", demo.org(orgCode).getId().toString());
        }
        mvc.perform(request).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/reports?year=*"))
                .andExpect(flash().attribute("flash", "report.queued"));
        String json = mvc.perform(get("/reports/jobs.json").with(demo.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$[0].id")).longValue();
    }

    private ReportJob awaitDone(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        ReportJob job = jobs.get(id);
        while (!job.getStatus().finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            job = jobs.get(id);
        }
        assertThat(job.getStatus()).as("job %d: %s", id, job.getError()).isEqualTo(ReportJobStatus.DONE);
        return job;
    }

    private MvcResult download(String user, long id, ReportFormat format) throws Exception {
        return mvc.perform(get("/reports/jobs/" + id + "/download").with(demo.as(user)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(format.mediaType()))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn();
    }

    @Test
    void aBranchSecretaryExportsTheBranchAsXlsx() throws Exception {
        long id = start("secretary1", null, ReportFormat.XLSX);
        ReportJob job = awaitDone(id);
        assertThat(job.getRowsTotal()).isPositive();
        assertThat(job.getRowsDone()).isEqualTo(job.getRowsTotal());
        byte[] xlsx = download("secretary1", id, ReportFormat.XLSX).getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .startsWith(demo.org("JN010101").getName() + YEAR + "年度党内激励关怀报表");
            List<String> rules = column(book.getSheetAt(0), 0);
            assertThat(rules).contains("R03 集中学习培训学时（第3条）", "R08 “三必谈”（第8条）")
                    // a branch secretary does not see the accountability cases' rule
                    .noneMatch(r -> r.startsWith("R18"));
            XSSFSheet members = book.getSheet("党员明细");
            assertThat(members.getLastRowNum() - 1).isEqualTo((int) job.getRowsTotal());
            assertThat(column(members, 0).subList(2, members.getLastRowNum() + 1)).allMatch(c -> c.startsWith("JN010101"));
            assertMasked(column(members, 3).subList(2, members.getLastRowNum() + 1));
        }
    }

    @Test
    void aDistrictOfficerExportsTheDistrictAsPdfInChinese() throws Exception {
        long id = start("lixia", null, ReportFormat.PDF);
        awaitDone(id);
        byte[] pdf = download("lixia", id, ReportFormat.PDF).getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(demo.org("JN01").getName()).contains("R03 集中学习培训学时（第3条）")
                    .contains("二、下级组织完成情况").contains(demo.org("JN0101").getName()).contains("五、党员明细")
                    .contains("第 1 页 / 共 " + doc.getNumberOfPages() + " 页");
            Files.createDirectories(OUT);
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 100);
            ImageIO.write(page, "png", OUT.resolve("district-page-1.png").toFile());
        }
    }

    @Test
    void theCityExportsAsCsvWithEveryMember() throws Exception {
        long id = start("city", null, ReportFormat.CSV);
        ReportJob job = awaitDone(id);
        assertThat(job.getRowsTotal()).isGreaterThan(cn.jinan.care.reports.yearly.YearlyReportData.FETCH_SIZE);
        byte[] csv = download("city", id, ReportFormat.CSV).getResponse().getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines.get(0)).contains(demo.org("JN").getName());
        int members = lines.indexOf("五、党员明细");
        assertThat(lines.size() - members - 2).isEqualTo((int) job.getRowsTotal());
    }

    @Test
    void theCitysPdfLeavesTheMembersToTheSpreadsheets() throws Exception {
        long id = start("city", null, ReportFormat.PDF);
        ReportJob job = awaitDone(id);
        assertThat(job.getRowsTotal()).isZero();
        byte[] pdf = download("city", id, ReportFormat.PDF).getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(demo.org("JN").getName()).contains("未列入PDF");
            Files.createDirectories(OUT);
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 100), "png",
                    OUT.resolve("city-page-1.png").toFile());
        }
    }

    @Test
    void anAdministratorExportsTheWholeTreeWithMaskedIdNumbersOnly() throws Exception {
        long id = start("admin", "JN01", ReportFormat.XLSX);
        awaitDone(id);
        byte[] xlsx = download("admin", id, ReportFormat.XLSX).getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet members = book.getSheet("党员明细");
            assertThat(members.getLastRowNum()).isGreaterThan(10);
            assertMasked(column(members, 3).subList(2, members.getLastRowNum() + 1));
        }
    }

    @Test
    void anotherUsersJobIsNotFound() throws Exception {
        long id = start("secretary1", null, ReportFormat.CSV);
        awaitDone(id);
        for (String other : List.of("secretary2", "lixia", "city", "admin")) {
            mvc.perform(get("/reports/jobs/" + id + "/download").with(demo.as(other))).andExpect(status().isNotFound());
            String json = mvc.perform(get("/reports/jobs.json").with(demo.as(other))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(JsonPath.<List<Integer>>read(json, "$[*].id")).doesNotContain((int) id);
        }
        mvc.perform(get("/reports/jobs/" + id + "/download").with(demo.as("secretary1"))).andExpect(status().isOk());
    }

    @Test
    void twoUsersExportingAtOnceBothFinish() throws Exception {
        long city = start("city", null, ReportFormat.XLSX);
        long district = start("lixia", null, ReportFormat.XLSX);
        awaitDone(city);
        awaitDone(district);
        download("city", city, ReportFormat.XLSX);
        download("lixia", district, ReportFormat.XLSX);
    }

    @Test
    void theJobIsListedWithItsProgressOnThePage() throws Exception {
        long id = start("secretary2", null, ReportFormat.PDF);
        awaitDone(id);
        mvc.perform(get("/reports").with(demo.as("secretary2"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-job=\"" + id + "\"")))
                .andExpect(content().string(containsString("/reports/jobs/" + id + "/download")))
                .andExpect(content().string(containsString("<progress")))
                .andExpect(content().string(containsString("/js/reports")));
        String json = mvc.perform(get("/reports/jobs.json").with(demo.as("secretary2"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(json, "$[0].status")).isEqualTo("DONE");
        assertThat(JsonPath.<String>read(json, "$[0].statusLabel")).isEqualTo("已完成");
    }

    @Test
    void aBranchReportDownloadsAtOnceButTheCitysDoesNot() throws Exception {
        mvc.perform(get("/reports").with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/reports/download")));
        byte[] csv = mvc.perform(get("/reports/download").with(demo.as("secretary1"))
                        .param("year", Integer.toString(YEAR)).param("format", "CSV"))
                .andExpect(status().isOk()).andExpect(content().contentType(ReportFormat.CSV.mediaType()))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(demo.org("JN010101").getName());
        mvc.perform(get("/reports").with(demo.as("city"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/reports/download"))));
        mvc.perform(get("/reports/download").with(demo.as("city")).param("year", Integer.toString(YEAR))
                        .param("format", "PDF"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "report.direct.too-large"));
    }

    @Test
    void aReportIsWrittenInTheUsersLanguage() throws Exception {
        for (String format : List.of("PDF", "XLSX", "CSV")) {
            byte[] file = mvc.perform(get("/reports/download").with(demo.as("secretary1")).param("lang", "en")
                            .param("year", Integer.toString(YEAR)).param("format", format))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            if (format.equals("PDF")) {
                try (PDDocument doc = Loader.loadPDF(file)) {
                    assertThat(new PDFTextStripper().getText(doc)).contains("1. Rules: required and done")
                            .contains("R03 study hours (article 3)").contains("Page 1 of");
                }
            } else if (format.equals("CSV")) {
                assertThat(new String(file, StandardCharsets.UTF_8)).contains("5. Members").contains("Party age");
            } else {
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                    assertThat(book.getSheetName(4)).isEqualTo("Members");
                }
            }
        }
    }

    @Test
    void anOrganizationOutsideTheScopeIsNotFound() throws Exception {
        mvc.perform(post("/reports/jobs").with(demo.as("secretary1")).with(csrf()).param("year", Integer.toString(YEAR))
                .param("format", "XLSX").param("org", demo.org("JN02").getId().toString()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/download").with(demo.as("lixia")).param("year", Integer.toString(YEAR))
                .param("format", "CSV").param("org", demo.org("JN020101").getId().toString()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aYearWithoutSummariesIsRefusedNextToTheField() throws Exception {
        mvc.perform(post("/reports/jobs").with(demo.as("lixia")).with(csrf()).param("year", "2001")
                        .param("format", "PDF"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2001年度尚无汇总数据。")))
                .andExpect(content().string(containsString("value=\"PDF\" checked")));
        mvc.perform(post("/reports/jobs").with(demo.as("lixia")).with(csrf()).param("format", "PDF"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("此项必填。")));
    }

    @Test
    void oldJobsAndTheirFilesAreCleanedUpAndLeftOversFail() throws Exception {
        long id = start("secretary1", null, ReportFormat.CSV);
        ReportJob job = awaitDone(id);
        Path file = runner.file(job);
        assertThat(file).exists();
        jdbc.update("update report_job set created_at = created_at - interval '8 days' where id = ?", id);
        runner.cleanUp();
        assertThat(file).doesNotExist();
        assertThat(jdbc.queryForObject("select count(*) from report_job where id = ?", Integer.class, id)).isZero();

        long queued = jobs.queue(job.getRequestedBy(), cn.jinan.care.persistence.scope.DataScope.of(demo.org("JN010101")),
                demo.org("JN010101").getId(), YEAR, ReportFormat.PDF, "zh-CN").getId();
        runner.failLeftOvers();
        ReportJob left = jobs.get(queued);
        assertThat(left.getStatus()).isEqualTo(ReportJobStatus.FAILED);
        assertThat(left.getError()).isEqualTo("report.job.interrupted");
    }

    private static List<String> column(XSSFSheet sheet, int index) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) {
            cells.add(row.getCell(index) == null ? "" : formatter.formatCellValue(row.getCell(index)));
        }
        return cells;
    }

    private static void assertMasked(List<String> idNumbers) {
        assertThat(idNumbers).isNotEmpty().allMatch(n -> n.matches("\\d{6}\\*{8}\\d{3}[\\dX]"), "masked");
    }

}
