package cn.jinan.care.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.web.demo.DemoAccounts;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every register's list, its first record and its forms, opened in Chromium by the people who use them: the branch
 * secretary on a phone and the district officer on a PC. Each page must render (no error page), fit the screen's width
 * (tables scroll inside their own box), and link from the menu. Screenshots land in target/browser/ for review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegisterPagesBrowserTest {

    private static final List<String> SECRETARY_PAGES = List.of("/", "/hardship", "/hardship/new", "/aid",
            "/campaigns", "/casualty", "/old-members", "/old-members/unpaid", "/old-members/payments/batch",
            "/recuperation", "/recuperation/new", "/health", "/counseling", "/honors", "/medals", "/sanctions",
            "/activities", "/activities/new", "/suggestions", "/suggestions/new", "/secondments",
            "/delegates/proposals", "/delegates/sessions", "/reports", "/rules", "/year-end", "/year-end/study-hours",
            "/year-end/lectures", "/year-end/talks", "/year-end/hardship-visits", "/year-end/casualty-follow-ups",
            "/year-end/medals");
    private static final List<String> OFFICER_PAGES = List.of("/", "/hardship", "/campaigns", "/campaigns/new",
            "/casualty", "/old-members", "/old-members/standards", "/recuperation", "/health", "/honors",
            "/honors/new", "/medals", "/sanctions", "/sanctions/new", "/fault-tolerance", "/accountability",
            "/clarifications", "/activities", "/training-plans", "/indicators", "/suggestions", "/secondments",
            "/secondments/new", "/delegates/proposals", "/delegates/sessions", "/delegates/attendance", "/reports",
            "/rules", "/year-end", "/year-end/study-hours", "/year-end/lectures", "/year-end/talks",
            "/year-end/hardship-visits", "/year-end/casualty-follow-ups", "/year-end/medals");

    /** What the error pages say (error.403/404/500/400 texts) and Spring's fallback page. */
    private static final String[] ERRORS = {"您的角色无权打开此页面", "该记录不存在，或不在您的管理范围内", "系统错误",
        "请求缺少必要内容", "Whitelabel"};

    @LocalServerPort
    private int port;

    @BeforeEach
    void chromium() {
        Browser.assumeAvailable();
    }

    private static String shotName(String who, String path) {
        String name = path.equals("/") ? "home" : path.substring(1).replaceAll("[^a-z0-9]+", "-");
        return who + "-" + name;
    }

    private void tour(String user, Dimension size, List<String> pages, String who) {
        try (Browser browser = new Browser(port, size)) {
            browser.login(user, DemoAccounts.PASSWORD);
            for (String path : pages) {
                browser.open(path);
                browser.find("main");
                assertThat(browser.findAll("main h1")).as(path + " has a heading").isNotEmpty();
                assertThat(browser.text()).as(path).doesNotContain(ERRORS);
                assertThat(browser.scrollsSideways()).as(path + " fits the screen").isFalse();
                assertThat(browser.text()).as(path + ": a year is never written 2,026").doesNotContainPattern(
                        "[12],\\d{3}年");
                browser.screenshot(shotName(who, path));
                // the first record of a list opens too
                var first = browser.findAll("main table tbody a[href^='" + path + "/'], main .list-group a[href^='"
                        + path + "/']");
                if (!path.equals("/") && !first.isEmpty()) {
                    browser.click(first.get(0));
                    browser.find("main h1");
                    assertThat(browser.text()).as("first record of " + path).doesNotContain(ERRORS);
                    assertThat(browser.scrollsSideways()).as("first record of " + path + " fits").isFalse();
                }
            }
        }
    }

    @Test
    void theBranchSecretaryOpensEveryRegisterOnAPhone() {
        tour("secretary1", Browser.PHONE, SECRETARY_PAGES, "secretary");
    }

    @Test
    void theDistrictOfficerOpensEveryRegisterOnAPc() {
        tour("lixia", new Dimension(1366, 900), OFFICER_PAGES, "officer");
    }
}
