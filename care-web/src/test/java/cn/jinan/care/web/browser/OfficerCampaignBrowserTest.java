package cn.jinan.care.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.hardship.HardshipCategory;
import cn.jinan.care.domain.hardship.HardshipDetails;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.obligation.ObligationStatus;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.persistence.hardship.HardshipService;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.demo.DemoAccounts;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The district's organization department plans and opens a holiday visit campaign on a PC; the branch secretary, on a
 * phone, answers the holiday visit it made due for a hardship member from the member's to-do, with the campaign's
 * standard amount already in the form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OfficerCampaignBrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    private int port;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private HardshipService hardship;
    @Autowired
    private ObligationService obligations;

    @BeforeEach
    void chromium() {
        Browser.assumeAvailable();
    }

    private List<Obligation> holidayVisits(Member member) {
        return obligations.forMember(member.getId()).stream()
                .filter(o -> o.getRule() == RuleCode.R27_HOLIDAY_VISIT).toList();
    }

    @Test
    void aCampaignOpenedByTheDistrictIsAnsweredByTheBranchSecretarysVisit() {
        Member poor = records.newMember("JN010101");
        AuditActor.runAs("test", () -> hardship.register(DataScope.of(demo.org("JN010101")), UUID.randomUUID(),
                poor.getId(), new HardshipDetails(Set.of(HardshipCategory.LIVING_DIFFICULTY), TODAY.minusMonths(2),
                        "家庭收入低", "生活补助", TODAY.plusMonths(4))));
        String name = "浏览器测试走访慰问" + UUID.randomUUID().toString().substring(0, 6);

        try (Browser officer = new Browser(port, new Dimension(1366, 900))) {
            officer.login("lixia", DemoAccounts.PASSWORD);
            officer.open("/campaigns/new");
            officer.type("name", name);
            officer.set("windowStart", TODAY.minusDays(3).toString());
            officer.set("windowEnd", TODAY.plusDays(30).toString());
            officer.check("targets", "HARDSHIP");
            officer.type("standardAmount", "500");
            officer.select("fundingSource", "PARTY_FEES");
            officer.submit();
            officer.find(".alert-success");
            officer.click(officer.find("form[action$='/open'] button[type=submit]"));
            officer.find("tfoot");
            assertThat(officer.text()).contains(name);
            officer.screenshot("officer-campaign-open");
        }
        assertThat(holidayVisits(poor)).singleElement().extracting(Obligation::getStatus)
                .isEqualTo(ObligationStatus.OPEN);

        try (Browser secretary = new Browser(port, Browser.PHONE)) {
            secretary.login("secretary1", DemoAccounts.PASSWORD);
            secretary.open("/members/" + poor.getId());
            secretary.click(secretary.find(".todo-line a[href*='/visits/new?obligation=']"));
            assertThat(secretary.value("kind")).isEqualTo("HOLIDAY");
            secretary.set("date", TODAY.toString());
            secretary.type("visitors", "支部书记");
            if (secretary.value("money").isBlank()) {
                secretary.type("money", "500");
            }
            secretary.select("fundingSource", "PARTY_FEES");
            secretary.screenshot("secretary-holiday-visit");
            secretary.submit();
            secretary.find(".alert-success");
        }
        assertThat(holidayVisits(poor)).singleElement().extracting(Obligation::getStatus)
                .isEqualTo(ObligationStatus.FULFILLED);
    }
}
