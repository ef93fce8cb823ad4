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
    @Autowired
    private cn.jinan.care.persistence.training.StudyRecordRepository studyRecords;
    @Autowired
    private cn.jinan.care.persistence.lecture.LectureRepository lectures;
    @Autowired
    private cn.jinan.care.persistence.exemption.ExemptionService exemptions;

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

    @Test
    void anEmergencyVisitIsLoggedFromTheToDoAndANegativeAmountIsRefusedWithTheInputKept() {
        Member member = records.newMember("JN010101");
        AuditActor.runAs("test", () -> members.recordEvent(DataScope.of(demo.org("JN010101")), member.getId(),
                MemberEventKind.FAMILY_DISASTER, TODAY.minusDays(1), "家中房屋受灾"));
        browser.open("/members/" + member.getId());
        browser.click(browser.find(".todo-line a[href*='/visits/new?obligation=']"));
        assertThat(browser.value("kind")).isEqualTo("EMERGENCY");
        browser.set("date", TODAY.toString());
        browser.type("visitors", "李书记、王委员");
        browser.type("money", "-500");
        browser.select("fundingSource", "BUDGET");
        browser.type("notes", "送去慰问金，了解受灾情况。");
        browser.submit();

        browser.find("#money.is-invalid, input[name=money].is-invalid");
        assertThat(browser.value("visitors")).isEqualTo("李书记、王委员");
        assertThat(browser.value("notes")).isEqualTo("送去慰问金，了解受灾情况。");
        browser.screenshot("secretary-visit-refused");
        browser.type("money", "500");
        browser.submit();
        browser.find(".alert-success");
        assertThat(obligations.forMember(member.getId())).filteredOn(o -> o.getRule() == RuleCode.R27_EMERGENCY_VISIT)
                .singleElement().extracting(Obligation::getStatus).isEqualTo(ObligationStatus.FULFILLED);
    }

    @Test
    void oneStudySessionIsEnteredOnceForEveryAttendeePickedFromTheRoster() {
        Member first = records.newMember("JN010101");
        Member second = records.newMember("JN010101");
        browser.open("/study/batch");
        browser.set("date", TODAY.minusDays(1).toString());
        browser.type("hours", "3.5");
        browser.select("kind", "BRANCH_STUDY");
        browser.type("course", "学习党的二十届四中全会精神");
        browser.check("memberIds", first.getId().toString());
        browser.check("memberIds", second.getId().toString());
        assertThat(browser.scrollsSideways()).as("batch form fits a phone").isFalse();
        browser.screenshot("secretary-study-batch");
        browser.submit();
        browser.find(".alert-success");
        for (Member m : new Member[] {first, second}) {
            assertThat(studyRecords.hoursBetween(m.getId(), TODAY.withDayOfYear(1), TODAY)).isEqualByComparingTo("3.5");
        }
    }

    @Test
    void aLeadingCadresLectureCountsTowardsTheirYearlyLectures() {
        Member cadre = records.newMember("JN010101", new cn.jinan.care.domain.member.MemberFlags(true, false, null,
                false, false, null, false));
        browser.open("/lectures/new");
        browser.select("speakerId", cadre.getId().toString());
        browser.select("venueId", demo.org("JN010101").getId().toString());
        browser.set("date", TODAY.minusDays(2).toString());
        browser.type("topic", "学习贯彻党章，争做合格党员");
        browser.type("audienceSize", "35");
        browser.submit();
        browser.find(".alert-success");
        assertThat(lectures.countBetween(cadre.getId(), TODAY.withDayOfYear(1), TODAY)).isEqualTo(1);
    }

    @Test
    void anExemptionIsGrantedFromTheMemberPageAndShownThere() {
        Member member = records.newMember("JN010101");
        browser.open("/members/" + member.getId() + "/exemptions/new");
        browser.type("year", Integer.toString(TODAY.getYear()));
        browser.select("rule", "R03_TRAINING_HOURS");
        browser.select("reason", "LONG_ILLNESS");
        browser.type("reasonText", "长期住院治疗");
        browser.type("approvedBy", "支部委员会");
        browser.submit();
        browser.find(".alert-success");
        assertThat(exemptions.exempt(member.getId(), TODAY.getYear(), RuleCode.R03_TRAINING_HOURS)).isTrue();
        browser.open("/members/" + member.getId());
        browser.screenshot("secretary-member-exempt");
    }
}
