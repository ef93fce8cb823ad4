package cn.jinan.care.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.web.demo.DemoAccounts;
import cn.jinan.care.web.support.Records;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The language switch in Chromium: a secretary on a Chinese page clicks "EN" in the menu; that page and the next ones
 * are in English, with dates as "1 Jul 2001"; "中文" switches back, and each choice holds on the pages that follow
 * (a cookie remembers it). Screenshots land in target/browser/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LanguageSwitchBrowserTest {

    @LocalServerPort
    private int port;
    @Autowired
    private Records records;

    @BeforeEach
    void chromium() {
        Browser.assumeAvailable();
    }

    @Test
    void englishChosenInTheMenuHoldsOnTheNextPagesAndChineseComesBackTheSameWay() {
        Member member = records.newMember("JN010101", LocalDate.of(2001, 7, 1));
        try (Browser browser = new Browser(port, new Dimension(1366, 900))) {
            try {
                browser.login("secretary1", DemoAccounts.PASSWORD);
                browser.open("/members/" + member.getId());
                assertThat(browser.lang()).isEqualTo("zh-CN");
                assertThat(browser.text()).contains("党员名册", "退出", "转正日期", "2001年7月1日")
                        .doesNotContain("Sign out");

                browser.clickToNewPage(browser.find("nav a[href='?lang=en']"));
                browser.find("nav a[href='?lang=zh_CN']");
                assertThat(browser.url()).contains("/members/" + member.getId());
                assertThat(browser.lang()).isEqualTo("en");
                assertThat(browser.text()).contains("Roster", "Talks", "Sign out", "Full membership", "1 Jul 2001")
                        .doesNotContain("退出", "转正日期", "2001年7月1日");
                browser.screenshot("language-member-en");

                // the next page, reached from the menu, is in English too
                browser.clickToNewPage(browser.find("nav a.nav-link[href='/talks']"));
                assertThat(browser.find("main h1").getText()).isEqualTo("Talks");
                assertThat(browser.lang()).isEqualTo("en");
                assertThat(browser.text()).contains("Log a talk", "Sign out").doesNotContain("记录谈心谈话");
                browser.open("/members/" + member.getId());
                assertThat(browser.text()).contains("1 Jul 2001");

                browser.clickToNewPage(browser.find("nav a[href='?lang=zh_CN']"));
                browser.find("nav a[href='?lang=en']");
                assertThat(browser.lang()).isEqualTo("zh-CN");
                assertThat(browser.text()).contains("党员名册", "退出", "2001年7月1日").doesNotContain("Sign out");

                browser.clickToNewPage(browser.find("nav a.nav-link[href='/talks']"));
                assertThat(browser.find("main h1").getText()).isEqualTo("谈心谈话");
                assertThat(browser.text()).contains("记录谈心谈话", "退出").doesNotContain("Log a talk");
                assertThat(browser.consoleErrors()).isEmpty();
                browser.screenshot("language-talks-zh");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshotWholePage("language-switch-failed");
                throw e;
            }
        }
    }
}
