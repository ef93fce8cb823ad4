package cn.jinan.care.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.imports.ImportCounts;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.persistence.member.MemberRepository;
import cn.jinan.care.persistence.training.StudyRecordRepository;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.IdNumbers;
import cn.jinan.care.web.support.Records;
import cn.jinan.care.web.support.Xlsx;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Importing the roster and study hours through the pages, with good, bad and hostile files: the preview names every
 * problem by row, column and reason; the commit writes all rows or none, once; the error rows download as a
 * spreadsheet with a reason column; refused files say why and leave nothing behind.
 */
@CareWebTest
class ImportPagesTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> ROSTER = List.of("组织代码", "姓名", "公民身份号码", "入党日期", "转正日期", "联系电话");
    private static final List<String> STUDY = List.of("公民身份号码", "学习日期", "学时", "课程名称", "学习平台");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private MemberRepository members;
    @Autowired
    private StudyRecordRepository studies;
    @Autowired
    private JdbcTemplate jdbc;

    private static String freshId(int year) {
        return IdNumbers.of(LocalDate.of(year, 3, 9), true);
    }

    private static List<Object> rosterRow(String org, Object name, String id) {
        return new ArrayList<>(List.of(org, name, id, LocalDate.of(2012, 7, 1), LocalDate.of(2013, 7, 1), ""));
    }

    private MockMultipartHttpServletRequestBuilder upload(String kind, String user, String fileName, byte[] bytes) {
        return multipart("/imports/" + kind).file(new MockMultipartFile("file", fileName, XLSX, bytes))
                .with(demo.as(user)).with(csrf());
    }

    /** Uploads and returns the batch's page path. */
    private String uploaded(String kind, String user, String fileName, byte[] bytes) throws Exception {
        MvcResult result = mvc.perform(upload(kind, user, fileName, bytes)).andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/imports/" + kind + "/");
        return location;
    }

    private MockHttpServletRequestBuilder commit(String batch, String user, ImportCounts c) {
        return post(batch + "/commit").with(demo.as(user)).with(csrf())
                .param("rows", "" + c.rows()).param("created", "" + c.created()).param("updated", "" + c.updated())
                .param("unchanged", "" + c.unchanged()).param("errors", "" + c.errors());
    }

    private Optional<Member> member(String id) {
        return members.findByIdNumber(IdCardNumber.of(id));
    }

    private long batches() {
        return jdbc.queryForObject("select count(*) from import_batch", Long.class);
    }

    @Test
    void theTemplateHasChineseHeadersAnExampleRowAndAnInstructionsSheet() throws Exception {
        byte[] xlsx = mvc.perform(get("/imports/roster/template.xlsx").with(demo.as("secretary1")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();

        List<List<String>> rows = Xlsx.rows(xlsx);
        assertThat(rows.get(0)).containsExactly("组织代码", "姓名", "性别", "民族", "公民身份号码", "出生日期", "入党日期",
                "转正日期", "党员类别", "党员领导干部", "基层一线", "户籍", "离退休", "无退休金", "党代表", "街镇工作人员", "联系电话");
        assertThat(rows).hasSize(2);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet notes = book.getSheetAt(1);
            assertThat(notes.getSheetName()).isEqualTo("填写说明");
            assertThat(notes.getRow(15).getCell(0).getStringCellValue()).isEqualTo("党代表");
            assertThat(notes.getRow(15).getCell(3).getStringCellValue()).contains("乡镇", "全国");
        }
        byte[] study = mvc.perform(get("/imports/study/template.xlsx").with(demo.as("lixia")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Xlsx.rows(study).get(0)).containsExactly("公民身份号码", "姓名", "组织代码", "学习日期", "学时", "课程名称",
                "学习平台", "学习类型");
    }

    @Test
    void aGoodRosterIsPreviewedAndCommittedAllAtOnce() throws Exception {
        String a = freshId(1981);
        String b = freshId(1982);
        String batch = uploaded("roster", "secretary1", "名册.xlsx", Uploads.xlsx(ROSTER, List.of(
                rosterRow("JN010101", "导入甲", a), rosterRow("JN010101", "导入乙", b))));

        mvc.perform(get(batch).with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("检查结果：名册.xlsx")))
                .andExpect(content().string(containsString("导入甲")))
                .andExpect(content().string(containsString("确认导入（新增2条，更新0条）")));
        assertThat(member(a)).isEmpty();

        mvc.perform(commit(batch, "secretary1", new ImportCounts(2, 2, 0, 0, 0)))
                .andExpect(status().is3xxRedirection());

        assertThat(member(a)).hasValueSatisfying(m -> {
            assertThat(m.getName()).isEqualTo("导入甲");
            assertThat(m.getCreatedBy()).isEqualTo("secretary1");
        });
        assertThat(member(b)).isPresent();
        mvc.perform(get(batch).with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("新增党员2名")));
        mvc.perform(get("/imports").with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("名册.xlsx")));
    }

    @Test
    void wrongCheckDigitsAndOrganizationsUnknownOrOutOfScopeAreListedAndNothingIsImported() throws Exception {
        String good = freshId(1983);
        String wrong = IdNumbers.withWrongCheckDigit(freshId(1984));
        String neighbours = freshId(1985);
        String batch = uploaded("roster", "secretary1", "名册.xlsx", Uploads.xlsx(ROSTER, List.of(
                rosterRow("JN010101", "正确", good),
                rosterRow("JN010101", "校验位错", wrong),
                rosterRow("NO-SUCH", "代码错", freshId(1986)),
                rosterRow("JN010102", "邻支部", neighbours))));

        mvc.perform(get(batch).with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("有3行存在错误")))
                .andExpect(content().string(containsString("公民身份号码校验位不正确")))
                .andExpect(content().string(containsString("组织代码“NO-SUCH”不存在")))
                .andExpect(content().string(containsString("组织“JN010102”不在您的管理范围内")))
                .andExpect(content().string(containsString("<td class=\"text-nowrap\">3</td>")))
                .andExpect(content().string(not(containsString("确认导入（"))));

        mvc.perform(commit(batch, "secretary1", new ImportCounts(4, 1, 0, 0, 3))).andExpect(status().isConflict())
                .andExpect(content().string(containsString("确认时重新检查发现错误，未导入任何数据")));
        assertThat(member(good)).isEmpty();
        assertThat(member(neighbours)).isEmpty();
    }

    @Test
    void duplicatesInTheFileAndOnTheRosterAreRefused() throws Exception {
        String twice = freshId(1987);
        Member onRoster = records.newMember("JN010101");
        List<Object> again = rosterRow("JN010101", "改了名字", onRoster.getIdNumber().value());
        String batch = uploaded("roster", "secretary1", "重复.csv", Uploads.csv(ROSTER, List.of(
                rosterRow("JN010101", "重复一", twice), rosterRow("JN010101", "重复二", twice), again),
                StandardCharsets.UTF_8, true));

        mvc.perform(get(batch).with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("与第3行的公民身份号码重复")))
                .andExpect(content().string(containsString("与第2行的公民身份号码重复")))
                .andExpect(content().string(containsString("该党员（" + onRoster.getName() + "）已在名册中")));
    }

    @Test
    void theErrorRowsDownloadWithTheirReasonsAndFormulasStayText() throws Exception {
        String id = freshId(1988);
        List<Object> hyperlink = rosterRow("JN010101", "=HYPERLINK(\"http://evil.example\",\"点我\")", freshId(1989));
        List<Object> plusOne = rosterRow("JN010101", "+1", freshId(1990));
        List<Object> formula = rosterRow("JN010101", new Uploads.Formula("CONCATENATE(\"张\",\"三\")"), id);
        String batch = uploaded("roster", "secretary1", "公式.xlsx", Uploads.xlsx(ROSTER, List.of(
                rosterRow("JN010101", "好人", freshId(1991)), hyperlink, plusOne, formula)));

        mvc.perform(get(batch).with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("姓名只能包含文字")))
                .andExpect(content().string(containsString("该单元格是公式")));
        byte[] errors = mvc.perform(get(batch + "/errors.xlsx").with(demo.as("secretary1")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", XLSX))
                .andReturn().getResponse().getContentAsByteArray();

        List<List<String>> rows = Xlsx.rows(errors);
        assertThat(rows.get(0)).containsExactly("行号", "组织代码", "姓名", "公民身份号码", "入党日期", "转正日期", "联系电话",
                "原因");
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("行号", "3", "4", "5");
        assertThat(rows.get(1).get(7)).isEqualTo("姓名：姓名只能包含文字、间隔号“·”和空格。");
        assertThat(rows.get(3).get(7)).contains("该单元格是公式");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(errors))) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (int r = 1; r <= 2; r++) {
                XSSFCell name = sheet.getRow(r).getCell(2);
                assertThat(name.getCellType()).isEqualTo(CellType.STRING);
                assertThat(name.getCellStyle().getQuotePrefixed()).as("written as text, never run").isTrue();
            }
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("+1");
        }
    }

    @Test
    void existingMembersChangeOnlyWhenAskedAndThePreviewShowsTheChanges() throws Exception {
        Member existing = records.newMember("JN010101");
        List<Object> row = new ArrayList<>(List.of("JN010101", "改名后", existing.getIdNumber().value(),
                existing.getAdmittedDate(), existing.getFullMemberDate(), "13912340000"));
        String batch = uploaded("roster", "secretary1", "更新.xlsx", Uploads.xlsx(ROSTER, List.of(row)));
        mvc.perform(get(batch).with(demo.as("secretary1")))
                .andExpect(content().string(containsString("如需按本文件更新，请勾选“更新已有党员”后重新检查")));

        mvc.perform(post(batch + "/check").param("updateExisting", "true").with(demo.as("secretary1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(batch).with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("将更新的党员（1名）")))
                .andExpect(content().string(containsString("<td>联系电话</td>")))
                .andExpect(content().string(containsString("<td>" + existing.getName() + "</td>")))
                .andExpect(content().string(containsString("13912340000")))
                .andExpect(content().string(containsString("确认导入（新增0条，更新1条）")));
        mvc.perform(commit(batch, "secretary1", new ImportCounts(1, 0, 1, 0, 0)))
                .andExpect(status().is3xxRedirection());

        assertThat(member(existing.getIdNumber().value())).hasValueSatisfying(
                m -> {
                    assertThat(m.getPhone()).isEqualTo("13912340000");
                    assertThat(m.getName()).isEqualTo("改名后");
                });
        mvc.perform(get("/members/" + existing.getId() + "/history").with(demo.as("secretary1")))
                .andExpect(content().string(containsString("13912340000")));
    }

    @Test
    void aBatchIsCommittedOnceAndIsItsUploadersOnly() throws Exception {
        String id = freshId(1992);
        String batch = uploaded("roster", "secretary1", "一次.xlsx", Uploads.xlsx(ROSTER, List.of(
                rosterRow("JN010101", "只导一次", id))));
        mvc.perform(get(batch).with(demo.as("lixia"))).andExpect(status().isNotFound());
        mvc.perform(commit(batch, "lixia", new ImportCounts(1, 1, 0, 0, 0))).andExpect(status().isNotFound());

        mvc.perform(commit(batch, "secretary1", new ImportCounts(1, 1, 0, 0, 0)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(commit(batch, "secretary1", new ImportCounts(1, 1, 0, 0, 0))).andExpect(status().isConflict())
                .andExpect(content().string(containsString("该批次已经导入过，不能再次导入")));
        assertThat(jdbc.queryForObject("select count(*) from member where id_number = ?", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void aCsvInGb18030IsReadWithItsChineseIntact() throws Exception {
        String id = freshId(1993);
        String batch = uploaded("roster", "secretary1", "名册.csv", Uploads.csv(ROSTER, List.of(
                rosterRow("JN010101", "欧阳·娜娜", id)), Charset.forName("GB18030"), false));
        mvc.perform(commit(batch, "secretary1", new ImportCounts(1, 1, 0, 0, 0)))
                .andExpect(status().is3xxRedirection());

        assertThat(member(id)).hasValueSatisfying(m -> assertThat(m.getName()).isEqualTo("欧阳·娜娜"));
    }

    @Test
    void hostileAndBrokenFilesAreRefusedWithAClearMessageAndLeaveNothingBehind() throws Exception {
        long before = batches();
        byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
        mvc.perform(upload("roster", "secretary1", "大文件.xlsx", fiftyMegabytes)).andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("文件超过20MB的上限，未导入任何数据")));
        mvc.perform(upload("roster", "secretary1", "炸弹.xlsx", Uploads.zipBomb(64))).andExpect(status().isOk())
                .andExpect(content().string(containsString("文件解压后异常巨大")));
        mvc.perform(upload("roster", "secretary1", "乱码.xlsx", Uploads.random(10_000, 3)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("文件已损坏")));
        mvc.perform(upload("roster", "secretary1", "说明.pdf", Uploads.random(1_000, 4)))
                .andExpect(content().string(containsString("只能上传Excel工作簿（.xlsx）或CSV文件")));
        mvc.perform(upload("roster", "secretary1", "空.csv", new byte[0]))
                .andExpect(content().string(containsString("请选择要上传的文件")));
        mvc.perform(upload("roster", "secretary1", "无表头.csv", "a,b\n1,2".getBytes(StandardCharsets.UTF_8)))
                .andExpect(content().string(containsString("没有找到表头")));
        List<List<Object>> many = new ArrayList<>();
        for (int i = 0; i < 20_001; i++) {
            many.add(List.of("JN010101", "张三", "x", "2012-07-01", "", ""));
        }
        mvc.perform(upload("roster", "secretary1", "太多.csv", Uploads.csv(ROSTER, many, StandardCharsets.UTF_8,
                false))).andExpect(content().string(containsString("文件超过20000行数据的上限")));
        assertThat(batches()).as("no refused file is kept").isEqualTo(before);
    }

    @Test
    void messagesFollowTheUsersLanguage() throws Exception {
        String batch = uploaded("roster", "secretary1", "en.xlsx", Uploads.xlsx(ROSTER, List.of(
                rosterRow("NO-SUCH", "英文", freshId(1994)))));
        mvc.perform(get(batch).param("lang", "en").with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no organization with code &quot;NO-SUCH&quot;")))
                .andExpect(content().string(containsString("<td class=\"text-nowrap\">Code</td>")));
        mvc.perform(upload("roster", "secretary1", "bomb.xlsx", Uploads.zipBomb(20)).param("lang", "en"))
                .andExpect(content().string(containsString("abnormal size")));
    }

    @Test
    void studyHoursFromAPlatformAreImportedAndDuplicatesRefused() throws Exception {
        Member a = records.newMember("JN010101");
        Member b = records.newMember("JN010101");
        LocalDate day = LocalDate.now().minusDays(2);
        String good = uploaded("study", "secretary1", "学习强国.csv", Uploads.csv(STUDY, List.of(
                List.of(a.getIdNumber().value(), day.toString(), "1.5", "平台课程一", "学习强国"),
                List.of(b.getIdNumber().value(), day + " 21:05:00", "2", "平台课程一", "灯塔")),
                StandardCharsets.UTF_8, true));
        mvc.perform(commit(good, "secretary1", new ImportCounts(2, 2, 0, 0, 0))).andExpect(status().is3xxRedirection());
        assertThat(studies.findByMember(a.getId())).singleElement()
                .satisfies(r -> assertThat(r.getHours()).isEqualByComparingTo("1.5"));

        String again = uploaded("study", "secretary1", "学习强国2.xlsx", Uploads.xlsx(STUDY, List.of(
                List.of(a.getIdNumber().value(), day, 1, "平台课程一", "学习强国"),
                List.of(b.getIdNumber().value(), day, 1, "平台课程二", "学习强国"),
                List.of(b.getIdNumber().value(), day, 1, "平台课程二", "学习强国"))));
        mvc.perform(get(again).with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("该党员当天已登记过同一课程")))
                .andExpect(content().string(containsString("与第3行重复")))
                .andExpect(content().string(containsString("与第4行重复")));
        mvc.perform(commit(again, "secretary1", new ImportCounts(3, 0, 0, 0, 3))).andExpect(status().isConflict());
        assertThat(studies.findByMember(b.getId())).hasSize(1);
    }

    @Test
    void theRosterAndStudyPagesLinkToTheImports() throws Exception {
        mvc.perform(get("/members").with(demo.as("secretary1")))
                .andExpect(content().string(containsString("href=\"/imports/roster\"")));
        mvc.perform(get("/study").with(demo.as("secretary1")))
                .andExpect(content().string(containsString("href=\"/imports/study\"")));
        mvc.perform(get("/imports/roster").with(demo.as("secretary1")))
                .andExpect(content().string(containsString("_csrf=")))
                .andExpect(content().string(containsString("data-max-bytes=\"20971520\"")));
    }
}
