package cn.jinan.care.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jinan.care.domain.casualty.CasualtyDetails;
import cn.jinan.care.domain.casualty.CasualtyKind;
import cn.jinan.care.domain.casualty.FamilyMemberDetails;
import cn.jinan.care.domain.casualty.FamilyRelation;
import cn.jinan.care.domain.counseling.CounselingDetails;
import cn.jinan.care.domain.counseling.ReferralSource;
import cn.jinan.care.domain.exemption.ExemptionReason;
import cn.jinan.care.domain.hardship.AidApplication;
import cn.jinan.care.domain.hardship.HardshipCategory;
import cn.jinan.care.domain.hardship.HardshipDetails;
import cn.jinan.care.domain.health.HealthCheckDetails;
import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.member.MemberProfile;
import cn.jinan.care.domain.oldmember.PaymentDetails;
import cn.jinan.care.domain.oldmember.SubsidyPeriod;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.recuperation.RecuperationDetails;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.domain.talk.TalkDetails;
import cn.jinan.care.domain.talk.TalkKind;
import cn.jinan.care.domain.talk.TalkerPost;
import cn.jinan.care.domain.training.StudyKind;
import cn.jinan.care.domain.user.Role;
import cn.jinan.care.domain.visit.VisitDetails;
import cn.jinan.care.domain.visit.VisitKind;
import cn.jinan.care.persistence.casualty.CasualtyService;
import cn.jinan.care.persistence.counseling.CounselingService;
import cn.jinan.care.persistence.exemption.ExemptionService;
import cn.jinan.care.persistence.hardship.AidService;
import cn.jinan.care.persistence.hardship.HardshipService;
import cn.jinan.care.persistence.health.HealthCheckService;
import cn.jinan.care.persistence.lecture.LectureService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.obligation.ObligationRepository;
import cn.jinan.care.persistence.oldmember.SubsidyService;
import cn.jinan.care.persistence.recuperation.RecuperationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.talk.TalkService;
import cn.jinan.care.persistence.training.StudyService;
import cn.jinan.care.persistence.user.UserAccountService;
import cn.jinan.care.persistence.visit.VisitService;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.IdNumbers;
import cn.jinan.care.web.support.Records;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@link RouteAccessTest}'s rows for the registers whose records a branch secretary keeps: the daily work of 第3、4、8条
 * (talks, study hours, lectures, visits, exemptions, obligations) and the care registers of 第21–29条 (hardship and
 * aid, health checks, recuperation, counseling, casualty families, the old members' subsidy). The rows go into the one
 * matrix of RouteAccessTest.
 *
 * <p>Every record is made fresh on each walk of the route list (two tests walk it on one database) in three branches:
 * JN010101 (secretary1's; in lixia's district JN01 and in the city's scope), JN010102 (the neighbour branch: lixia's
 * and the city's, not secretary1's) and JN020101 (another district: the city's only). A POST goes to a record out of
 * secretary1's and lixia's scope, which they must be refused (404) before anything changes; the city, whose scope
 * covers it, gets the form back with its errors (200) or, where the request is complete, the redirect (302).
 */
final class RegisterRows {

    /** The matrix the rows go into: RouteAccessTest's {@code expect}. */
    @FunctionalInterface
    interface Table {
        void expect(String name, Supplier<MockHttpServletRequestBuilder> request, int... statuses);
    }

    private static final String OWN = "JN010101";
    private static final String NEIGHBOUR = "JN010102";
    private static final String OTHER = "JN020101";
    /** Unique birth dates and user names across walks of the route list. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Table table;
    private final ApplicationContext context;
    private final Demo demo;
    private final Records records;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    RegisterRows(Table table, ApplicationContext context, Demo demo, Records records) {
        this.table = table;
        this.context = context;
        this.demo = demo;
        this.records = records;
    }

    void addAll() {
        talkRoutes();
        studyRoutes();
        lectureRoutes();
        visitRoutes();
        exemptionRoutes();
        obligationRoutes();
        hardshipRoutes();
        aidRoutes();
        healthRoutes();
        recuperationRoutes();
        counselingRoutes();
        casualtyRoutes();
        oldMemberRoutes();
    }

    /** 第8条 talks: the summary is sensitive, the form and the write are scope-checked. */
    private void talkRoutes() {
        long otherMember = records.newMember(OTHER).getId();
        long own = talk(OWN);
        long other = talk(OTHER);
        //                                                                anon sec1 lixia city admin auditor
        expect("GET own talk's edit", () -> get("/talks/" + own + "/edit"), 302, 200, 200, 200, 403, 403);
        expect("GET other district's talk's edit", () -> get("/talks/" + other + "/edit"),
                302, 404, 404, 200, 403, 403);
        expect("POST /talks for other district's member", () -> post("/talks").with(csrf())
                .param("memberId", Long.toString(otherMember)), 302, 404, 404, 200, 403, 403);
        expect("POST edit of other district's talk", () -> post("/talks/" + other).with(csrf()),
                302, 404, 404, 200, 403, 403);
    }

    /** 第3条 study hours, one record or a session for many. */
    private void studyRoutes() {
        long otherMember = records.newMember(OTHER).getId();
        long own = study(OWN);
        long other = study(OTHER);
        //                                                                anon sec1 lixia city admin auditor
        for (String suffix : List.of("/edit", "/history")) {
            expect("GET own study record" + suffix, () -> get("/study/" + own + suffix), 302, 200, 200, 200, 403, 403);
            expect("GET other district's study record" + suffix, () -> get("/study/" + other + suffix),
                    302, 404, 404, 200, 403, 403);
        }
        expect("POST /study for other district's member", () -> post("/study").with(csrf())
                .param("memberId", Long.toString(otherMember)), 302, 404, 404, 200, 403, 403);
        expect("POST edit of other district's study record", () -> post("/study/" + other).with(csrf()),
                302, 404, 404, 200, 403, 403);
        // a complete session: refused whole outside the scope; the city's is saved (the member is fresh)
        expect("POST /study/batch with other district's member", () -> post("/study/batch").with(csrf())
                .param("memberIds", Long.toString(otherMember)).param("date", today.toString())
                .param("hours", "2").param("kind", StudyKind.BRANCH_STUDY.name()).param("course", "路由测试学习"),
                302, 404, 404, 302, 403, 403);
    }

    /** 第4条 lectures: in scope when the speaker is. */
    private void lectureRoutes() {
        long otherSpeaker = leadingCadre(OTHER);
        long own = lecture(OWN);
        long other = lecture(OTHER);
        //                                                                anon sec1 lixia city admin auditor
        for (String suffix : List.of("/edit", "/history")) {
            expect("GET own lecture" + suffix, () -> get("/lectures/" + own + suffix), 302, 200, 200, 200, 403, 403);
            expect("GET other district's lecture" + suffix, () -> get("/lectures/" + other + suffix),
                    302, 404, 404, 200, 403, 403);
        }
        expect("POST /lectures by other district's speaker", () -> post("/lectures").with(csrf())
                .param("speakerId", Long.toString(otherSpeaker)), 302, 404, 404, 200, 403, 403);
        expect("POST edit of other district's lecture", () -> post("/lectures/" + other).with(csrf()),
                302, 404, 404, 200, 403, 403);
    }

    /** Visits (走访慰问), the record every visiting rule shares. */
    private void visitRoutes() {
        long otherMember = records.newMember(OTHER).getId();
        long own = visit(OWN);
        long other = visit(OTHER);
        //                                                                anon sec1 lixia city admin auditor
        for (String suffix : List.of("", "/edit", "/history")) {
            expect("GET own visit" + suffix, () -> get("/visits/" + own + suffix), 302, 200, 200, 200, 403, 403);
            expect("GET other district's visit" + suffix, () -> get("/visits/" + other + suffix),
                    302, 404, 404, 200, 403, 403);
        }
        expect("POST /visits for other district's member", () -> post("/visits").with(csrf())
                .param("memberId", Long.toString(otherMember)), 302, 404, 404, 200, 403, 403);
        expect("POST edit of other district's visit", () -> post("/visits/" + other).with(csrf()),
                302, 404, 404, 200, 403, 403);
    }

    /** Quota exemptions: granted on the member, corrected on the exemption. */
    private void exemptionRoutes() {
        long otherMember = records.newMember(OTHER).getId();
        long own = exemption(OWN);
        long other = exemption(OTHER);
        //                                                                anon sec1 lixia city admin auditor
        for (String suffix : List.of("/edit", "/history")) {
            expect("GET own exemption" + suffix, () -> get("/exemptions/" + own + suffix),
                    302, 200, 200, 200, 403, 403);
            expect("GET other district's exemption" + suffix, () -> get("/exemptions/" + other + suffix),
                    302, 404, 404, 200, 403, 403);
        }
        expect("POST exemption of other district's member", () -> post("/members/" + otherMember + "/exemptions")
                .with(csrf()), 302, 404, 404, 200, 403, 403);
        expect("POST correction of other district's exemption", () -> post("/exemptions/" + other).with(csrf()),
                302, 404, 404, 200, 403, 403);
    }

    /** An open obligation is waived with a reason; a waiver without one is refused on the form. */
    private void obligationRoutes() {
        long own = obligation(OWN);
        long other = obligation(OTHER);
        //                                                                anon sec1 lixia city admin auditor
        expect("GET waiver of own obligation", () -> get("/obligations/" + own + "/waive"),
                302, 200, 200, 200, 403, 403);
        expect("GET waiver of other district's obligation", () -> get("/obligations/" + other + "/waive"),
                302, 404, 404, 200, 403, 403);
        expect("POST waiver of other district's obligation without a reason",
                () -> post("/obligations/" + other + "/waive").with(csrf()), 302, 404, 404, 200, 403, 403);
    }

    /** 第27条 hardship register: sensitive, each read logged; the neighbour branch's is lixia's, not secretary1's. */
    private void hardshipRoutes() {
        long otherDistrict = demo.org("JN02").getId();
        long otherMember = records.newMember(OTHER).getId();
        long own = hardship(OWN);
        long neighbour = hardship(NEIGHBOUR);
        long other = hardship(OTHER);
        //                                                                anon sec1 lixia city admin auditor
        for (String page : List.of("/hardship", "/hardship?state=OPEN", "/hardship/export", "/hardship/new")) {
            expect("GET " + page, () -> get(page), 302, 200, 200, 200, 403, 403);
        }
        expect("GET hardship filtered outside scope", () -> get("/hardship?org=" + otherDistrict),
                302, 404, 404, 200, 403, 403);
        expect("GET hardship export filtered outside scope", () -> get("/hardship/export?org=" + otherDistrict),
                302, 404, 404, 200, 403, 403);
        expect("GET hardship form for other district's member", () -> get("/hardship/new?member=" + otherMember),
                302, 404, 404, 200, 403, 403);
        for (String suffix : List.of("", "/edit", "/history", "/review", "/close")) {
            expect("GET own hardship record" + suffix, () -> get("/hardship/" + own + suffix),
                    302, 200, 200, 200, 403, 403);
            expect("GET neighbour branch's hardship record" + suffix, () -> get("/hardship/" + neighbour + suffix),
                    302, 404, 200, 200, 403, 403);
            expect("GET other district's hardship record" + suffix, () -> get("/hardship/" + other + suffix),
                    302, 404, 404, 200, 403, 403);
        }
        expect("POST /hardship for other district's member", () -> post("/hardship").with(csrf())
                .param("memberId", Long.toString(otherMember)), 302, 404, 404, 200, 403, 403);
        for (String suffix : List.of("", "/review", "/close")) {
            expect("POST other district's hardship record" + suffix,
                    () -> post("/hardship/" + other + suffix).with(csrf()), 302, 404, 404, 200, 403, 403);
        }
    }

    /** 第27条 hardship aid: application → approval → public notice → payment, on a hardship record. */
    private void aidRoutes() {
        long otherDistrict = demo.org("JN02").getId();
        long ownRecord = hardship(OWN);
        long otherRecord = hardship(OTHER);
        long own = aid(OWN, ownRecord);
        long other = aid(OTHER, otherRecord);
        //                                                                anon sec1 lixia city admin auditor
        for (String page : List.of("/aid", "/aid/export", "/aid?year=" + today.getYear())) {
            expect("GET " + page, () -> get(page), 302, 200, 200, 200, 403, 403);
        }
        expect("GET aid filtered outside scope", () -> get("/aid?org=" + otherDistrict), 302, 404, 404, 200, 403, 403);
        expect("GET aid form for own hardship record", () -> get("/aid/new?record=" + ownRecord),
                302, 200, 200, 200, 403, 403);
        expect("GET aid form for other district's hardship record", () -> get("/aid/new?record=" + otherRecord),
                302, 404, 404, 200, 403, 403);
        for (String suffix : List.of("/history", "/approve", "/reject")) {
            expect("GET own aid" + suffix, () -> get("/aid/" + own + suffix), 302, 200, 200, 200, 403, 403);
            expect("GET other district's aid" + suffix, () -> get("/aid/" + other + suffix),
                    302, 404, 404, 200, 403, 403);
        }
        expect("GET own aid's unknown step", () -> get("/aid/" + own + "/no-such-step"),
                302, 404, 404, 404, 403, 403);
        expect("POST /aid on other district's hardship record", () -> post("/aid").with(csrf())
                .param("recordId", Long.toString(otherRecord)), 302, 404, 404, 200, 403, 403);
        expect("POST approval of other district's aid", () -> post("/aid/" + other + "/approve").with(csrf()),
                302, 404, 404, 200, 403, 403);
    }

    /** 第22条 health checks: the findings are sensitive; a major risk opens the R22 follow-up. */
    private void healthRoutes() {
        long otherDistrict = demo.org("JN02").getId();
        long otherMember = records.newMember(OTHER).getId();
        HealthCheckService.Recorded own = healthCheck(OWN);
        HealthCheckService.Recorded other = healthCheck(OTHER);
        long ownFollowUp = own.followUpDue().orElseThrow().getId();
        long otherFollowUp = other.followUpDue().orElseThrow().getId();
        //                                                                anon sec1 lixia city admin auditor
        for (String page : List.of("/health", "/health/export", "/health/new", "/health?year=" + today.getYear())) {
            expect("GET " + page, () -> get(page), 302, 200, 200, 200, 403, 403);
        }
        expect("GET health filtered outside scope", () -> get("/health?org=" + otherDistrict),
                302, 404, 404, 200, 403, 403);
        expect("GET health form for other district's member", () -> get("/health/new?member=" + otherMember),
                302, 404, 404, 200, 403, 403);
        for (String suffix : List.of("", "/history", "/follow-ups/new")) {
            expect("GET own health check" + suffix, () -> get("/health/" + own.id() + suffix),
                    302, 200, 200, 200, 403, 403);
            expect("GET other district's health check" + suffix, () -> get("/health/" + other.id() + suffix),
                    302, 404, 404, 200, 403, 403);
        }
        // from a to-do line: to the follow-up form of the check the obligation arose from
        expect("GET follow-up of own health check's obligation",
                () -> get("/health/follow-ups/new?obligation=" + ownFollowUp), 302, 302, 302, 302, 403, 403);
        expect("GET follow-up of other district's health check's obligation",
                () -> get("/health/follow-ups/new?obligation=" + otherFollowUp), 302, 404, 404, 302, 403, 403);
        expect("POST /health for other district's member", () -> post("/health").with(csrf())
                .param("memberId", Long.toString(otherMember)), 302, 404, 404, 200, 403, 403);
        expect("POST follow-up of other district's health check",
                () -> post("/health/" + other.id() + "/follow-ups").with(csrf()), 302, 404, 404, 200, 403, 403);
    }

    /** 第21条 recuperation, counted on the holiday calendar. */
    private void recuperationRoutes() {
        long otherDistrict = demo.org("JN02").getId();
        long otherMember = records.newMember(OTHER).getId();
        long own = recuperation(OWN);
        long other = recuperation(OTHER);
        //                                                                anon sec1 lixia city admin auditor
        for (String page : List.of("/recuperation", "/recuperation/export", "/recuperation/new",
                "/recuperation?year=2026")) {
            expect("GET " + page, () -> get(page), 302, 200, 200, 200, 403, 403);
        }
        expect("GET recuperation filtered outside scope", () -> get("/recuperation?org=" + otherDistrict),
                302, 404, 404, 200, 403, 403);
        expect("GET recuperation form for other district's member",
                () -> get("/recuperation/new?member=" + otherMember), 302, 404, 404, 200, 403, 403);
        for (String suffix : List.of("", "/edit", "/history")) {
            expect("GET own recuperation" + suffix, () -> get("/recuperation/" + own + suffix),
                    302, 200, 200, 200, 403, 403);
            expect("GET other district's recuperation" + suffix, () -> get("/recuperation/" + other + suffix),
                    302, 404, 404, 200, 403, 403);
        }
        expect("POST /recuperation for other district's member", () -> post("/recuperation").with(csrf())
                .param("memberId", Long.toString(otherMember)), 302, 404, 404, 200, 403, 403);
        expect("POST edit of other district's recuperation", () -> post("/recuperation/" + other).with(csrf()),
                302, 404, 404, 200, 403, 403);
    }

    /**
     * 第24条 counseling: no demo account holds the counseling permission, so in scope a case shows only that it exists
     * (its page, redacted) and every form, write and history is 403; out of scope the case does not exist (404),
     * permission or not.
     */
    private void counselingRoutes() {
        long own = counselingCase(OWN);
        long other = counselingCase(OTHER);
        long ownMember = records.newMember(OWN).getId();
        //                                                                anon sec1 lixia city admin auditor
        expect("GET /counseling", () -> get("/counseling"), 302, 200, 200, 200, 403, 403);
        expect("GET /counseling/new", () -> get("/counseling/new"), 302, 403, 403, 403, 403, 403);
        expect("GET own counseling case", () -> get("/counseling/" + own), 302, 200, 200, 200, 403, 403);
        expect("GET other district's counseling case", () -> get("/counseling/" + other),
                302, 404, 404, 200, 403, 403);
        for (String suffix : List.of("/edit", "/history")) {
            expect("GET own counseling case" + suffix, () -> get("/counseling/" + own + suffix),
                    302, 403, 403, 403, 403, 403);
            expect("GET other district's counseling case" + suffix, () -> get("/counseling/" + other + suffix),
                    302, 404, 404, 403, 403, 403);
        }
        expect("POST /counseling for own member", () -> post("/counseling").with(csrf())
                .param("memberId", Long.toString(ownMember)).param("referralDate", today.toString())
                .param("referralSource", ReferralSource.BRANCH.name()).param("assessment", "路由测试评估"),
                302, 403, 403, 403, 403, 403);
        for (long id : new long[] {own, other}) {
            String whose = id == own ? "own" : "other district's";
            int outside = id == own ? 403 : 404;
            expect("POST edit of " + whose + " counseling case", () -> post("/counseling/" + id).with(csrf())
                    .param("referralDate", today.toString()).param("referralSource", ReferralSource.BRANCH.name()),
                    302, outside, outside, 403, 403, 403);
            expect("POST session of " + whose + " counseling case", () -> post("/counseling/" + id + "/sessions")
                    .with(csrf()).param("date", today.toString()).param("counselor", "路由测试")
                    .param("notes", "路由测试"), 302, outside, outside, 403, 403, 403);
            expect("POST closing of " + whose + " counseling case", () -> post("/counseling/" + id + "/close")
                    .with(csrf()), 302, outside, outside, 403, 403, 403);
        }
    }

    /** 第28条 casualty register: the export, the family's forms and every write. */
    private void casualtyRoutes() {
        long otherDistrict = demo.org("JN02").getId();
        long otherMember = records.newMember(OTHER).getId();
        long own = casualtyCase(OWN);
        long other = casualtyCase(OTHER);
        long ownFamily = familyMember(OWN, own);
        long otherFamily = familyMember(OTHER, other);
        //                                                                anon sec1 lixia city admin auditor
        expect("GET /casualty/export", () -> get("/casualty/export"), 302, 200, 200, 200, 403, 403);
        expect("GET casualty export filtered outside scope", () -> get("/casualty/export?org=" + otherDistrict),
                302, 404, 404, 200, 403, 403);
        expect("GET own casualty family member's edit", () -> get("/casualty/" + own + "/family/" + ownFamily
                + "/edit"), 302, 200, 200, 200, 403, 403);
        expect("GET other district's casualty family member's edit", () -> get("/casualty/" + other + "/family/"
                + otherFamily + "/edit"), 302, 404, 404, 200, 403, 403);
        // a family member is found only under its own case
        expect("GET other district's family member under own case", () -> get("/casualty/" + own + "/family/"
                + otherFamily + "/edit"), 302, 404, 404, 404, 403, 403);
        expect("POST /casualty for other district's member", () -> post("/casualty").with(csrf())
                .param("memberId", Long.toString(otherMember)), 302, 404, 404, 200, 403, 403);
        for (String suffix : List.of("", "/close", "/family", "/family/" + otherFamily)) {
            expect("POST other district's casualty case" + suffix,
                    () -> post("/casualty/" + other + suffix).with(csrf()), 302, 404, 404, 200, 403, 403);
        }
        // last: the city removes the family member it may see
        expect("POST removal of other district's casualty family member", () -> post("/casualty/" + other
                + "/family/" + otherFamily + "/delete").with(csrf()).param("version", "0"),
                302, 404, 404, 302, 403, 403);
    }

    /** 第26条 old members' living subsidy: exports, the city's yearly standard, payments. */
    private void oldMemberRoutes() {
        long otherDistrict = demo.org("JN02").getId();
        long otherBranch = demo.org(OTHER).getId();
        long otherMember = records.newMember(OTHER).getId();
        long otherPayment = subsidyPayment(OTHER);
        int decided = today.getYear() - 1; // the demo decides last year's standard
        //                                                                anon sec1 lixia city admin auditor
        for (String page : List.of("/old-members/export", "/old-members/unpaid/export")) {
            expect("GET " + page, () -> get(page), 302, 200, 200, 200, 403, 403);
            expect("GET " + page + " filtered outside scope", () -> get(page + "?org=" + otherDistrict),
                    302, 404, 404, 200, 403, 403);
        }
        // the standard is the city's: its organization department and administrators keep it, everyone reads it
        expect("GET edit of a decided subsidy standard", () -> get("/old-members/standards/" + decided + "/edit"),
                302, 403, 403, 200, 200, 403);
        expect("GET edit of an undecided subsidy standard", () -> get("/old-members/standards/1990/edit"),
                302, 403, 403, 404, 404, 403);
        expect("GET history of a decided subsidy standard",
                () -> get("/old-members/standards/" + decided + "/history"), 302, 200, 200, 200, 200, 403);
        expect("POST subsidy payment to other district's member", () -> post("/old-members/payments").with(csrf())
                .param("memberId", Long.toString(otherMember)), 302, 404, 404, 200, 403, 403);
        expect("POST edit of other district's subsidy payment",
                () -> post("/old-members/payments/" + otherPayment).with(csrf()), 302, 404, 404, 200, 403, 403);
        // a complete batch for a branch outside the scope is refused before anything is paid; the city's pays a month
        // of a year far ahead, which no other test reads
        expect("POST subsidy batch for other district's branch", () -> post("/old-members/payments/batch")
                .with(csrf()).param("organizationId", Long.toString(otherBranch)).param("periodKind", "MONTH")
                .param("month", "2070-01").param("paidOn", today.toString()).param("fundingSource", "BUDGET"),
                302, 404, 404, 302, 403, 403);
    }

    // ---- records

    private void expect(String name, Supplier<MockHttpServletRequestBuilder> request, int... statuses) {
        table.expect(name, request, statuses);
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private DataScope scope(String orgCode) {
        return DataScope.of(demo.org(orgCode));
    }

    /** Runs {@code work} as the test's actor and returns the id it made. */
    private static long made(LongSupplier work) {
        long[] id = new long[1];
        AuditActor.runAs("test", () -> id[0] = work.getAsLong());
        return id[0];
    }

    private long talk(String orgCode) {
        long memberId = records.newMember(orgCode).getId();
        return made(() -> bean(TalkService.class).log(scope(orgCode), UUID.randomUUID(), memberId,
                new TalkDetails(today, TalkKind.ROUTINE, "测试", TalkerPost.OTHER, null, "要点")).id());
    }

    private long study(String orgCode) {
        long memberId = records.newMember(orgCode).getId();
        return made(() -> bean(StudyService.class).log(scope(orgCode), UUID.randomUUID(), memberId, today,
                new BigDecimal("2"), StudyKind.BRANCH_STUDY, "路由测试学习"));
    }

    private long leadingCadre(String orgCode) {
        return records.newMember(orgCode, new MemberFlags(true, false, Household.URBAN, false, false,
                DelegateLevel.NONE, false)).getId();
    }

    private long lecture(String orgCode) {
        long speaker = leadingCadre(orgCode);
        return made(() -> bean(LectureService.class).log(scope(orgCode), UUID.randomUUID(), speaker,
                demo.org(orgCode).getId(), today, "路由测试党课", 20));
    }

    private long visit(String orgCode) {
        long memberId = records.newMember(orgCode).getId();
        return made(() -> bean(VisitService.class).log(scope(orgCode), UUID.randomUUID(), memberId,
                new VisitDetails(today, VisitKind.HOLIDAY, "支部书记", false, null, null, null, null, null)).id());
    }

    private long exemption(String orgCode) {
        long memberId = records.newMember(orgCode).getId();
        return made(() -> bean(ExemptionService.class).grant(scope(orgCode), memberId, today.getYear(),
                RuleCode.R03_TRAINING_HOURS, ExemptionReason.LONG_ILLNESS, null, "支部委员会").getId());
    }

    /** The education talk a tendency problem makes due (R08-TALK-ON-EVENT). */
    private long obligation(String orgCode) {
        long memberId = records.newMember(orgCode).getId();
        AuditActor.runAs("test", () -> bean(MemberService.class).recordEvent(scope(orgCode), UUID.randomUUID(),
                memberId, MemberEventKind.TENDENCY_PROBLEM, today, "路由测试"));
        return bean(ObligationRepository.class).findByMember(memberId).stream()
                .filter(o -> o.getRule() == RuleCode.R08_TALK_ON_EVENT).findFirst().orElseThrow().getId();
    }

    private long hardship(String orgCode) {
        long memberId = records.newMember(orgCode).getId();
        return made(() -> bean(HardshipService.class).register(scope(orgCode), UUID.randomUUID(), memberId,
                new HardshipDetails(EnumSet.of(HardshipCategory.LIVING_DIFFICULTY), today.minusMonths(2),
                        "路由测试：家庭收入低", null, today.plusMonths(4))));
    }

    private long aid(String orgCode, long recordId) {
        return made(() -> bean(AidService.class).apply(scope(orgCode), UUID.randomUUID(), recordId,
                new AidApplication(today, new BigDecimal("500"), FundingSource.BUDGET, "路由测试救助")));
    }

    /** A check with a major risk, which opens its R22 follow-up. */
    private HealthCheckService.Recorded healthCheck(String orgCode) {
        long memberId = records.newMember(orgCode).getId();
        HealthCheckService.Recorded[] recorded = new HealthCheckService.Recorded[1];
        AuditActor.runAs("test", () -> recorded[0] = bean(HealthCheckService.class).record(scope(orgCode),
                UUID.randomUUID(), memberId, new HealthCheckDetails(today.getYear(), today, "路由测试医院", true,
                        "路由测试：血压高", "复查")));
        return recorded[0];
    }

    /** Five working days of November 2026, a month without holidays (the calendar holds 2026). */
    private long recuperation(String orgCode) {
        long memberId = records.newMember(orgCode).getId();
        return made(() -> bean(RecuperationService.class).log(scope(orgCode), UUID.randomUUID(), memberId,
                new RecuperationDetails("路由测试疗养院", LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 13), null,
                        null, null, null)));
    }

    /** A case opened by a fresh user of the city who holds the counseling permission. */
    private long counselingCase(String orgCode) {
        long memberId = records.newMember(orgCode).getId();
        String username = "route-counselor" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
        long counselor = made(() -> bean(UserAccountService.class).create(scope("JN"), username, "路由测试心理疏导员",
                Role.ORG_DEPT, demo.org("JN").getId(), "{noop}unused-password", false, true).getId());
        return made(() -> bean(CounselingService.class).open(scope(orgCode), counselor, UUID.randomUUID(), memberId,
                new CounselingDetails(today.minusDays(3), ReferralSource.BRANCH, "路由测试评估", null, null)));
    }

    /** A fresh member of the organization disabled on duty, with an open casualty case. */
    private long casualtyCase(String orgCode) {
        long memberId = records.newMember(orgCode).getId();
        LocalDate day = today.minusYears(1);
        return made(() -> bean(CasualtyService.class).open(scope(orgCode), UUID.randomUUID(), memberId,
                new CasualtyDetails(CasualtyKind.DISABLED_ON_DUTY, day, null, 6, null, false, null, null, "测试", null,
                        day, null)));
    }

    private long familyMember(String orgCode, long caseId) {
        return made(() -> bean(CasualtyService.class).addFamilyMember(scope(orgCode), UUID.randomUUID(), caseId,
                new FamilyMemberDetails(FamilyRelation.SPOUSE, "路由测试配偶", 1980, null, null, null, null)));
    }

    /** A rural member admitted before 1949 (第26条), paid this month's subsidy. */
    private long subsidyPayment(String orgCode) {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = LocalDate.of(1926, 1, 1).plusDays(n * 7L);
        MemberFlags rural = new MemberFlags(false, false, Household.RURAL, true, false, DelegateLevel.NONE, false);
        MemberProfile profile = new MemberProfile("路由测试老党员" + n, null, "汉族",
                IdCardNumber.of(IdNumbers.of(birth, true)), null, null, LocalDate.of(1948, 3, 1),
                LocalDate.of(1949, 3, 1), MemberCategory.FULL, rural);
        long memberId = made(() -> bean(MemberService.class).create(scope(orgCode), demo.org(orgCode).getId(), profile)
                .getId());
        return made(() -> bean(SubsidyService.class).pay(scope(orgCode), UUID.randomUUID(), memberId,
                new PaymentDetails(SubsidyPeriod.month(YearMonth.from(today)), new BigDecimal("600"),
                        FundingSource.BUDGET, today, null)));
    }
}
