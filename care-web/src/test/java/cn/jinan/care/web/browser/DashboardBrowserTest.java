package cn.jinan.care.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.web.demo.DemoAccounts;
import cn.jinan.care.web.support.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The compliance dashboard in Chromium: the city officer, on a PC, opens it from the menu, sees the chart drawn, goes
 * down to a district from the ranking, opens the members behind a "behind" figure and then a member's page; the branch
 * secretary reads the branch's dashboard and scorecard on a phone. Screenshots land in target/browser/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardBrowserTest {

    @LocalServerPort
    private int port;
    @Autowired
    private Demo demo;

    @BeforeEach
    void chromium() {
        Browser.assumeAvailable();
    }

    private static void assertChartDrawn(Browser browser) {
        WebElement chart = browser.find("#rule-chart[data-drawn='true']");
        assertThat(chart.findElements(By.cssSelector("canvas, svg"))).as("the chart is drawn").isNotEmpty();
        assertThat(chart.getSize().getHeight()).isGreaterThan(200);
    }

    @Test
    void theCityOfficerGoesFromTheCityDownToAMemberBehindAFigure() {
        try (Browser officer = new Browser(port, new Dimension(1366, 900))) {
            officer.login("city", DemoAccounts.PASSWORD);
            officer.click(officer.findAll("nav .dropdown-toggle").stream().filter(t -> t.getText().equals("统计"))
                    .findFirst().orElseThrow());
            officer.click(officer.find("nav a.dropdown-item[href='/dashboard']"));
            assertChartDrawn(officer);
            officer.screenshotWholePage("dashboard-city");
            assertThat(officer.text()).contains(demo.org("JN").getName()).contains("下级组织排名");
            assertThat(officer.consoleErrors()).as("no script error, no CSP violation").isEmpty();

            WebElement district = officer.find("table.ranking a.child-link");
            String name = district.getText();
            officer.click(district);
            officer.find("main h1");
            assertThat(officer.find("main h1").getText()).contains(name);
            assertChartDrawn(officer);
            officer.screenshotWholePage("dashboard-district");

            officer.click(officer.find("td.figure-behind a.figure-link"));
            officer.find("table.drill-members");
            assertThat(officer.url()).contains("/dashboard/members").contains("drill=BEHIND");
            assertThat(officer.scrollsSideways()).as("menu and list fit a PC's screen").isFalse();
            officer.screenshot("dashboard-behind-members");

            WebElement member = officer.find("table.drill-members a.member-link");
            String memberName = member.getText();
            officer.click(member);
            officer.find("main h1");
            assertThat(officer.url()).matches(".*/members/\\d+$");
            assertThat(officer.text()).contains(memberName);
            officer.screenshot("dashboard-member");
        }
    }

    @Test
    void theSecretaryReadsTheBranchDashboardAndScorecardOnAPhone() {
        try (Browser secretary = new Browser(port, Browser.PHONE)) {
            secretary.login("secretary1", DemoAccounts.PASSWORD);
            secretary.open("/");
            secretary.click(secretary.find("a.home-dashboard"));
            assertChartDrawn(secretary);
            secretary.screenshotWholePage("dashboard-secretary-phone");
            assertThat(secretary.scrollsSideways()).as("the dashboard fits a phone").isFalse();
            assertThat(secretary.text()).doesNotContain("R18").doesNotContainPattern("[12],\\d{3}年");
            assertThat(secretary.consoleErrors()).isEmpty();

            secretary.click(secretary.find("main a[href^='/dashboard/scorecard']"));
            secretary.find(".scorecard-figures");
            assertThat(secretary.scrollsSideways()).as("the scorecard fits a phone").isFalse();
            assertThat(secretary.text()).contains("考核记分卡").contains("打印");
            secretary.screenshotWholePage("dashboard-scorecard-phone");
        }
        try (Browser officer = new Browser(port, new Dimension(794, 1123))) {
            // the district's scorecard as it prints on A4: no menu, no buttons
            officer.login("lixia", DemoAccounts.PASSWORD);
            officer.open("/dashboard/scorecard");
            officer.find(".scorecard-figures");
            officer.emulatePrint(true);
            assertThat(officer.findAll("nav.navbar").get(0).isDisplayed()).isFalse();
            assertThat(officer.find(".js-print").isDisplayed()).isFalse();
            officer.screenshotWholePage("dashboard-scorecard-print");
        }
    }
}
