package cn.jinan.care.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.web.demo.DemoAccounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The import as a branch secretary does it on a phone: download page, a file with a mistake, the preview naming the
 * row, then the corrected file committed; and a file over the limit stopped by the page before it is sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportBrowserTest {

    @LocalServerPort
    private int port;

    @TempDir
    Path dir;

    @BeforeEach
    void chromium() {
        Browser.assumeAvailable();
    }

    private static String id(int sequence) {
        String first17 = "370199" + LocalDate.of(1986, 4, 12).format(DateTimeFormatter.BASIC_ISO_DATE)
                + "%03d".formatted(sequence);
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    private Path csv(String name, String... rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "组织代码,姓名,公民身份号码,入党日期,转正日期\n" + String.join("\n", rows) + "\n",
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theSecretaryFixesAMistakeAndImportsOnAPhone() throws IOException {
        String good = id(801);
        try (Browser browser = new Browser(port, Browser.PHONE)) {
            browser.login("secretary1", DemoAccounts.PASSWORD);
            browser.open("/imports");
            assertThat(browser.text()).contains("导入党员名册", "导入学时", "最近的导入");
            assertThat(browser.scrollsSideways()).as("/imports fits").isFalse();
            browser.screenshot("import-index");

            browser.open("/imports/roster");
            browser.attach("file", csv("名册.csv", "JN010101,浏览器甲," + good + ",2012-07-01,2013-07-01",
                    "JN010102,浏览器乙," + id(803) + ",2012-07-01,2013-07-01"));
            browser.submit();
            browser.find("main h1");
            assertThat(browser.text()).contains("检查结果：名册.csv", "有1行存在错误", "组织“JN010102”不在您的管理范围内")
                    .doesNotContain("确认导入（");
            assertThat(browser.scrollsSideways()).as("the preview fits a phone").isFalse();
            browser.screenshot("import-preview-errors");

            browser.open("/imports/roster");
            browser.attach("file", csv("名册-改正.csv", "JN010101,浏览器甲," + good + ",2012-07-01,2013-07-01"));
            browser.submit();
            browser.find("main h1");
            assertThat(browser.text()).contains("确认导入（新增1条，更新0条）");
            browser.screenshot("import-preview-good");
            browser.click(browser.find("main form[action$='/commit'] button[type=submit]"));
            browser.find("main h1");
            assertThat(browser.text()).contains("导入完成。", "新增党员1名");
            browser.screenshot("import-committed");
        }
    }

    @Test
    void aFileOverTheLimitIsStoppedBeforeItIsSent() throws IOException {
        Path big = dir.resolve("大文件.xlsx");
        Files.write(big, new byte[21 * 1024 * 1024]);
        try (Browser browser = new Browser(port, new Dimension(1366, 900))) {
            browser.login("lixia", DemoAccounts.PASSWORD);
            browser.open("/imports/study");
            browser.attach("file", big);
            assertThat(browser.validationMessage("file")).contains("文件超过20MB的上限");
            browser.submit();
            assertThat(browser.url()).as("the form was not sent").endsWith("/imports/study");
            browser.screenshot("import-too-large");
        }
    }
}
