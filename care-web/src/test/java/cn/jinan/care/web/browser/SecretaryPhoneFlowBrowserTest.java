package cn.jinan.care.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.obligation.ObligationStatus;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.persistence.hardship.HardshipRecordRepository;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.demo.DemoAccounts;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A branch secretary on a phone: finds the member a sanction was recorded for, taps the to-do, logs the education
 * talk in the pre-filled form, and the to-do is done; registers a hardship member, corrects a refused form without
 * retyping. Real Chromium, real HTTP, real PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecretaryPhoneFlowBrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    private int port;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private MemberService members;
    @Autowired
    private ObligationService obligations;
    @Autowired
    private HardshipRecordRepository hardship;

    private Browser browser;

    @BeforeEach
    void phone() {
        Browser.assumeAvailable();
        browser = new Browser(port, Browser.PHONE);
        browser.login("secretary1", DemoAccounts.PASSWORD);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aSanctionsEducationTalkIsLoggedFromTheToDoInThePreFilledForm() {
        Member member = records.newMember("JN010101");
        AuditActor.runAs("test", () -> members.recordEvent(DataScope.of(demo.org("JN010101")), member.getId(),
                MemberEventKind.SANCTIONED, TODAY.minusDays(2), "警告处分"));

        browser.open("/members?q=" + member.getName());
        browser.click(browser.find("a[href='/members/" + member.getId() + "']"));
        WebElement todo = browser.find(".todo-line");
        assertThat(todo.getText()).contains("R08-TALK-ON-EVENT");
        assertThat(browser.scrollsSideways()).as("member page fits a phone").isFalse();
        browser.screenshot("secretary-member-todo");
        browser.click(todo.findElement(org.openqa.selenium.By.cssSelector("a[href*='/talks/new?obligation=']")));

        assertThat(browser.text()).contains(member.getName());
        assertThat(browser.value("kind")).isEqualTo("EDUCATION");
        assertThat(browser.scrollsSideways()).as("talk form fits a phone").isFalse();
        browser.set("date", TODAY.toString());
        browser.type("talkerName", "李书记");
        browser.type("place", "支部活动室");
        browser.type("summary", "指出问题，帮助认识错误，明确整改方向。");
        browser.screenshot("secretary-talk-form");
        browser.submit();

        browser.find(".alert-success");
        assertThat(browser.url()).endsWith("/members/" + member.getId());
        assertThat(obligations.forMember(member.getId())).filteredOn(o -> o.getRule() == RuleCode.R08_TALK_ON_EVENT)
                .singleElement().extracting(Obligation::getStatus).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(browser.findAll(".todo-line a[href*='/talks/new?obligation=']")).isEmpty();
        browser.screenshot("secretary-member-done");
    }

    @Test
    void aRefusedHardshipFormKeepsWhatWasTypedAndSavesOnceCorrected() {
        Member member = records.newMember("JN010101");
        browser.open("/hardship/new?member=" + member.getId());
        browser.set("since", TODAY.minusMonths(1).toString());
        browser.type("situation", "独居老人，患慢性病，行动不便。");
        browser.type("needs", "医疗费用补助");
        browser.set("nextReviewDate", TODAY.plusMonths(6).toString());
        browser.submit();

        WebElement error = browser.find(".invalid-feedback.d-block");
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.value("situation")).isEqualTo("独居老人，患慢性病，行动不便。");
        assertThat(browser.value("needs")).isEqualTo("医疗费用补助");
        assertThat(hardship.findByMember(member.getId())).isEmpty();
        browser.screenshot("secretary-hardship-refused");

        browser.check("categories", "WIDOWED_OR_ALONE");
        browser.submit();
        browser.find(".alert-success");
        assertThat(browser.text()).contains("独居老人，患慢性病，行动不便。");
        assertThat(hardship.findByMember(member.getId())).hasSize(1);
        assertThat(browser.scrollsSideways()).as("register detail fits a phone").isFalse();
        browser.screenshot("secretary-hardship-saved");
    }
}
