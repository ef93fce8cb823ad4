package cn.jinan.care.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Each role on each route, with records inside and outside the user's scope. The expected status of every cell is
 * written out: 200 allowed, 302 to the login page (anonymous) or elsewhere, 403 the role may not, 404 the record is
 * outside the user's scope (indistinguishable from a record that does not exist).
 */
@CareWebTest
class RouteAccessTest {

    private static final String[] USERS = {"anonymous", "secretary1", "lixia", "city", "admin", "auditor"};

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    private org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlerMapping;
    @Autowired
    private jakarta.servlet.ServletContext servletContext;

    private final Map<String, int[]> expectations = new LinkedHashMap<>();
    private final Map<String, Supplier<MockHttpServletRequestBuilder>> requests = new LinkedHashMap<>();

    private void routes() {
        long ownMember = demo.memberOf("JN010101").getId();
        long neighbourMember = demo.memberOf("JN010102").getId();
        long otherDistrictMember = demo.memberOf("JN020101").getId();
        long root = demo.org("JN").getId();
        long branch = demo.org("JN010101").getId();
        long otherDistrict = demo.org("JN02").getId();
        //                                           anon sec1 lixia city admin auditor
        expect("GET /login", () -> get("/login"), 200, 200, 200, 200, 200, 200);
        expect("GET /", () -> get("/"), 302, 200, 200, 200, 200, 302);
        expect("GET /actuator/health", () -> get("/actuator/health"), 200, 200, 200, 200, 200, 200);
        expect("GET /account/password", () -> get("/account/password"), 302, 200, 200, 200, 200, 200);
        expect("GET /members", () -> get("/members"), 302, 200, 200, 200, 403, 403);
        expect("GET /members/new", () -> get("/members/new"), 302, 200, 200, 200, 403, 403);
        for (String suffix : List.of("", "/edit", "/history", "/events/new")) {
            expect("GET own member" + suffix, () -> get("/members/" + ownMember + suffix), 302, 200, 200, 200, 403, 403);
            expect("GET neighbour branch's member" + suffix, () -> get("/members/" + neighbourMember + suffix),
                    302, 404, 200, 200, 403, 403);
            expect("GET other district's member" + suffix, () -> get("/members/" + otherDistrictMember + suffix),
                    302, 404, 404, 200, 403, 403);
        }
        expect("GET nonexistent member", () -> get("/members/987654321"), 302, 404, 404, 404, 403, 403);
        expect("GET roster filtered outside scope", () -> get("/members?org=" + otherDistrict), 302, 404, 404, 200, 403,
                403);
        expect("POST reveal other district's id number",
                () -> post("/members/" + otherDistrictMember + "/id-number").with(csrf()), 302, 404, 404, 200, 403, 403);
        memberWriteRoutes(otherDistrictMember);
        expect("GET /organizations", () -> get("/organizations"), 302, 302, 302, 302, 302, 403);
        expect("GET root organization", () -> get("/organizations/" + root), 302, 404, 404, 200, 200, 403);
        expect("GET own branch organization", () -> get("/organizations/" + branch), 302, 200, 200, 200, 200, 403);
        expect("GET other district organization", () -> get("/organizations/" + otherDistrict), 302, 404, 404, 200, 200,
                403);
        expect("GET organization children", () -> get("/organizations/" + branch + "/children"), 302, 200, 200, 200, 200,
                403);
        expect("GET organization history", () -> get("/organizations/" + branch + "/history"), 302, 200, 200, 200, 200,
                403);
        expect("GET edit organization", () -> get("/organizations/" + branch + "/edit"), 302, 403, 403, 403, 200, 403);
        expect("GET new child organization", () -> get("/organizations/" + branch + "/children/new"), 302, 403, 403, 403,
                200, 403);
        expect("POST new child organization", () -> post("/organizations/" + branch + "/children").with(csrf()),
                302, 403, 403, 403, 200, 403);
        expect("POST edit organization (empty form)", () -> post("/organizations/" + branch).with(csrf()),
                302, 403, 403, 403, 200, 403);
        long ownTalk = talkFor(demo.memberOf("JN010101").getId(), "JN010101");
        long otherDistrictTalk = talkFor(otherDistrictMember, "JN020101");
        for (String list : List.of("/talks", "/talks/new", "/study", "/study/new", "/study/batch", "/lectures",
                "/lectures/new", "/visits", "/visits/new", "/exemptions")) {
            expect("GET " + list, () -> get(list), 302, 200, 200, 200, 403, 403);
        }
        expect("GET own talk", () -> get("/talks/" + ownTalk), 302, 200, 200, 200, 403, 403);
        expect("GET own talk's history", () -> get("/talks/" + ownTalk + "/history"), 302, 200, 200, 200, 403, 403);
        expect("GET other district's talk", () -> get("/talks/" + otherDistrictTalk), 302, 404, 404, 200, 403, 403);
        expect("GET talk form for other district's member", () -> get("/talks/new?member=" + otherDistrictMember),
                302, 404, 404, 200, 403, 403);
        expect("GET exemption form, own member", () -> get("/members/" + ownMember + "/exemptions/new"),
                302, 200, 200, 200, 403, 403);
        expect("GET exemption form, other district", () -> get("/members/" + otherDistrictMember
                + "/exemptions/new"), 302, 404, 404, 200, 403, 403);
        expect("GET /rules", () -> get("/rules"), 302, 200, 200, 200, 200, 200);
        expect("GET new parameter value", () -> get("/rules/parameters/TRAINING_HOURS_PER_YEAR/new"),
                302, 403, 403, 403, 200, 403);
        expect("POST new parameter value", () -> post("/rules/parameters/TRAINING_HOURS_PER_YEAR").with(csrf()),
                302, 403, 403, 403, 200, 403);
        expect("POST preview of a new parameter value", () -> post("/rules/parameters/TRAINING_HOURS_PER_YEAR")
                .with(csrf()).param("preview", "").param("value", "40").param("effectiveFrom",
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusYears(1).withDayOfYear(1)
                                .toString()).param("note", "路由测试"), 302, 403, 403, 403, 200, 403);
        campaignRoutes();
        for (String page : List.of("/old-members", "/old-members/unpaid", "/old-members/payments",
                "/old-members/payments/new", "/old-members/payments/batch")) {
            expect("GET " + page, () -> get(page), 302, 200, 200, 200, 403, 403);
        }
        expect("GET /old-members/standards", () -> get("/old-members/standards"), 302, 200, 200, 200, 200, 403);
        expect("GET /old-members/standards/new", () -> get("/old-members/standards/new"), 302, 403, 403, 200, 200,
                403);
        expect("POST /old-members/standards", () -> post("/old-members/standards").with(csrf()), 302, 403, 403, 200,
                200, 403);
        long ownPayment = oldMemberPayments.inScope(cn.jinan.care.persistence.scope.DataScope.of(demo.org("JN010101")),
                null, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear(),
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0).getId();
        for (String suffix : List.of("/edit", "/history")) {
            expect("GET own branch's subsidy payment" + suffix, () -> get("/old-members/payments/" + ownPayment + suffix),
                    302, 200, 200, 200, 403, 403);
        }
        expect("GET subsidy payment form for other district's member",
                () -> get("/old-members/payments/new?member=" + otherDistrictMember), 302, 404, 404, 200, 403, 403);
        expect("GET old members of an organization outside scope", () -> get("/old-members?org=" + otherDistrict),
                302, 404, 404, 200, 403, 403);
        // 第28条 casualty register: sensitive like the hardship register — branch and subtree only
        for (String list : List.of("/casualty", "/casualty/new", "/casualty?overdue=true")) {
            expect("GET " + list, () -> get(list), 302, 200, 200, 200, 403, 403);
        }
        long ownCase = casualtyCaseIn("JN010101");
        long neighbourCase = casualtyCaseIn("JN010102");
        long otherDistrictCase = casualtyCaseIn("JN020101");
        for (String suffix : List.of("", "/edit", "/history", "/family/new", "/follow-ups/new", "/close")) {
            expect("GET own casualty case" + suffix, () -> get("/casualty/" + ownCase + suffix),
                    302, 200, 200, 200, 403, 403);
            expect("GET neighbour branch's casualty case" + suffix, () -> get("/casualty/" + neighbourCase + suffix),
                    302, 404, 200, 200, 403, 403);
            expect("GET other district's casualty case" + suffix,
                    () -> get("/casualty/" + otherDistrictCase + suffix), 302, 404, 404, 200, 403, 403);
        }
        expect("GET casualty filtered outside scope", () -> get("/casualty?org=" + otherDistrict),
                302, 404, 404, 200, 403, 403);
        expect("POST follow-up on other district's casualty case",
                () -> post("/casualty/" + otherDistrictCase + "/follow-ups").with(csrf()), 302, 404, 404, 200, 403,
                403);
        // honors, medals, sanctions: the organization department records, a secretary reads the branch's
        for (String list : List.of("/honors", "/honors/export", "/medals", "/medals?view=HELD_BACK",
                "/medals?view=AWARDED", "/medals/export", "/sanctions", "/sanctions/export")) {
            expect("GET " + list, () -> get(list), 302, 200, 200, 200, 403, 403);
        }
        for (String form : List.of("/honors/new", "/honors/new?holder=ORGANIZATION", "/sanctions/new")) {
            expect("GET " + form, () -> get(form), 302, 403, 200, 200, 403, 403);
        }
        expect("POST /medals/award", () -> post("/medals/award").with(csrf()), 302, 403, 200, 200, 403, 403);
        expect("GET medal list filtered outside scope", () -> get("/medals?org=" + otherDistrict), 302, 404, 404, 200,
                403, 403);
        long ownHonor = honorFor("JN010101");
        long otherDistrictHonor = honorFor("JN020101");
        long ownSanction = sanctionFor("JN010101");
        long otherDistrictSanction = sanctionFor("JN020101");
        for (String suffix : List.of("", "/history")) {
            expect("GET own honor" + suffix, () -> get("/honors/" + ownHonor + suffix), 302, 200, 200, 200, 403, 403);
            expect("GET other district's honor" + suffix, () -> get("/honors/" + otherDistrictHonor + suffix),
                    302, 404, 404, 200, 403, 403);
            expect("GET own sanction" + suffix, () -> get("/sanctions/" + ownSanction + suffix),
                    302, 200, 200, 200, 403, 403);
            expect("GET other district's sanction" + suffix, () -> get("/sanctions/" + otherDistrictSanction + suffix),
                    302, 404, 404, 200, 403, 403);
        }
        expect("GET own honor's edit", () -> get("/honors/" + ownHonor + "/edit"), 302, 403, 200, 200, 403, 403);
        expect("GET other district's honor's edit", () -> get("/honors/" + otherDistrictHonor + "/edit"),
                302, 403, 404, 200, 403, 403);
        expect("GET own sanction's edit", () -> get("/sanctions/" + ownSanction + "/edit"),
                302, 403, 200, 200, 403, 403);
        expect("GET other district's sanction's edit", () -> get("/sanctions/" + otherDistrictSanction + "/edit"),
                302, 403, 404, 200, 403, 403);
        expect("POST edit of other district's sanction", () -> post("/sanctions/" + otherDistrictSanction)
                .with(csrf()), 302, 403, 404, 200, 403, 403);
        expect("POST edit of other district's honor", () -> post("/honors/" + otherDistrictHonor).with(csrf()),
                302, 403, 404, 200, 403, 403);
        for (String register : List.of("/honors", "/sanctions")) {
            expect("POST " + register + " for other district's member", () -> post(register).with(csrf())
                    .param("memberId", Long.toString(otherDistrictMember)), 302, 403, 404, 200, 403, 403);
        }
        // 第17–19条: the organization department's cases; branch secretaries, administrators and auditors get 403
        for (String register : List.of("/fault-tolerance", "/accountability", "/clarifications")) {
            for (String suffix : List.of("", "/new", "/export", "?year=2026&org=" + branch)) {
                expect("GET " + register + suffix, () -> get(register + suffix), 302, 403, 200, 200, 403, 403);
            }
            expect("GET " + register + " filtered outside scope", () -> get(register + "?org=" + otherDistrict),
                    302, 403, 404, 200, 403, 403);
        }
        long[] ownCases = fairnessCases(demo.memberOf("JN010101").getId(), "JN010101");
        long[] otherCases = fairnessCases(otherDistrictMember, "JN020101");
        String[][] casePages = {{"/fault-tolerance/", "", "/history", "/investigate"},
            {"/accountability/", "", "/history", "/rectification", "/decide"},
            {"/clarifications/", "", "/history", "/verify"}};
        for (int i = 0; i < casePages.length; i++) {
            String base = casePages[i][0];
            long own = ownCases[i];
            long other = otherCases[i];
            for (int j = 1; j < casePages[i].length; j++) {
                String suffix = casePages[i][j];
                expect("GET own " + base + suffix, () -> get(base + own + suffix), 302, 403, 200, 200, 403, 403);
                expect("GET other district's " + base + suffix, () -> get(base + other + suffix),
                        302, 403, 404, 200, 403, 403);
            }
        }
        expect("POST other district's accountability decision", () -> post("/accountability/" + otherCases[1]
                + "/decide").with(csrf()).param("version", "0"), 302, 403, 404, 200, 403, 403);
        for (String register : List.of("/fault-tolerance", "/accountability", "/clarifications")) {
            expect("POST " + register + " for other district's member", () -> post(register).with(csrf())
                    .param("memberId", Long.toString(otherDistrictMember)), 302, 403, 404, 200, 403, 403);
        }
        expect("POST other district's fault-tolerance investigation", () -> post("/fault-tolerance/"
                + otherCases[0] + "/investigate").with(csrf()).param("version", "0"), 302, 403, 404, 200, 403, 403);
        expect("POST other district's clarification verification", () -> post("/clarifications/" + otherCases[2]
                + "/verify").with(csrf()).param("version", "0"), 302, 403, 404, 200, 403, 403);
        participationRoutes(otherDistrict);
        yearEndRoutes(otherDistrict);
        expect("GET /admin/users", () -> get("/admin/users"), 302, 403, 403, 403, 200, 403);
        expect("GET /admin/users/new", () -> get("/admin/users/new"), 302, 403, 403, 403, 200, 403);
        adminRoutes();
        expect("GET /audit", () -> get("/audit"), 302, 403, 403, 403, 403, 200);
        expect("GET /audit/reads", () -> get("/audit/reads"), 302, 403, 403, 403, 403, 200);
        expect("GET unknown route", () -> get("/no-such-page"), 302, 403, 403, 403, 403, 403);
        orgWorkRoutes();
        reportRoutes();
        dashboardRoutes();
        importRoutes();
        new RegisterRows(this::expect, context, demo, records).addAll();
    }

    @Autowired
    private org.springframework.context.ApplicationContext context;
    @Autowired
    private cn.jinan.care.persistence.user.UserAccountService userAccountService;
    private static final java.util.concurrent.atomic.AtomicInteger NEW_MEMBERS =
            new java.util.concurrent.atomic.AtomicInteger();

    /**
     * The roster's writes: a complete new member for another district's branch is refused outside the scope (and
     * saved by the city); an edit or event of another district's member is refused before the form is read.
     */
    private void memberWriteRoutes(long otherDistrictMember) {
        long otherBranch = demo.org("JN020101").getId();
        //                                                         anon sec1 lixia city admin auditor
        expect("POST /members for other district's branch", () -> post("/members").with(csrf())
                .param("organizationId", Long.toString(otherBranch)).param("name", "路由测试新党员")
                .param("idNumber", cn.jinan.care.web.support.IdNumbers.of(java.time.LocalDate.of(1958, 1, 1)
                        .plusDays(NEW_MEMBERS.incrementAndGet()), true))
                .param("admittedDate", "1985-07-01").param("fullMemberDate", "1986-07-01"),
                302, 404, 404, 302, 403, 403);
        expect("POST edit of other district's member", () -> post("/members/" + otherDistrictMember).with(csrf()),
                302, 404, 404, 200, 403, 403);
        expect("POST event of other district's member", () -> post("/members/" + otherDistrictMember + "/events")
                .with(csrf()), 302, 404, 404, 200, 403, 403);
    }

    /**
     * The administrator's pages: users (every account is in the administrator's scope: the whole tree), the holiday
     * calendar; and everyone's own password.
     */
    private void adminRoutes() {
        long secretary = userAccounts.findByUsername("secretary1").orElseThrow().getId();
        long[] throwaway = new long[1];
        String username = "route-reset" + NEW_MEMBERS.incrementAndGet() + "x" + System.nanoTime() % 100000;
        cn.jinan.care.domain.shared.AuditActor.runAs("test", () -> throwaway[0] = userAccountService.createSystem(
                username, "路由测试账号", cn.jinan.care.domain.user.Role.SECRETARY, demo.org("JN010101"),
                "{noop}unused-password", false).getId());
        //                                                         anon sec1 lixia city admin auditor
        for (String suffix : List.of("/edit", "/history")) {
            expect("GET secretary1's account" + suffix, () -> get("/admin/users/" + secretary + suffix),
                    302, 403, 403, 403, 200, 403);
        }
        expect("GET nonexistent account's edit", () -> get("/admin/users/987654321/edit"), 302, 403, 403, 403, 404,
                403);
        expect("POST /admin/users (empty form)", () -> post("/admin/users").with(csrf()), 302, 403, 403, 403, 200,
                403);
        expect("POST edit of secretary1's account (empty form)", () -> post("/admin/users/" + secretary)
                .with(csrf()), 302, 403, 403, 403, 200, 403);
        expect("POST password reset of a new account", () -> post("/admin/users/" + throwaway[0] + "/password")
                .with(csrf()), 302, 403, 403, 403, 302, 403);
        expect("GET /admin/calendar", () -> get("/admin/calendar"), 302, 403, 403, 403, 200, 403);
        expect("POST /admin/calendar (empty form)", () -> post("/admin/calendar").with(csrf()),
                302, 403, 403, 403, 200, 403);
        expect("POST delete of a nonexistent calendar day", () -> post("/admin/calendar/987654321/delete")
                .with(csrf()), 302, 403, 403, 403, 404, 403);
        // a wrong current password: the form comes back, nothing changes
        expect("POST /account/password with a wrong current password", () -> post("/account/password")
                .with(csrf()).param("current", "not-the-password1").param("password", "RouteTest2026x")
                .param("confirmation", "RouteTest2026x"), 302, 200, 200, 200, 200, 200);
    }

    @Autowired
    private cn.jinan.care.persistence.compliance.ComplianceService compliance;
    @Autowired
    private cn.jinan.care.persistence.report.ReportJobService reportJobs;
    @Autowired
    private cn.jinan.care.persistence.user.UserAccountRepository userAccounts;

    /**
     * 年度报表: the organization department and administrators export their subtree's reports, a branch secretary the
     * branch's; a job and its file are their asker's only (anyone else's is not found, like a job that is not done).
     */
    private void reportRoutes() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        compliance.ensureCurrent(today);
        String year = Integer.toString(today.getYear());
        long branch = demo.org("JN010101").getId();
        long otherBranch = demo.org("JN020101").getId();
        long otherDistrict = demo.org("JN02").getId();
        long secretary = userAccounts.findByUsername("secretary1").orElseThrow().getId();
        long queued = reportJobs.queue(secretary, cn.jinan.care.persistence.scope.DataScope.of(demo.org("JN010101")),
                branch, today.getYear(), cn.jinan.care.domain.report.ReportFormat.PDF, "zh-CN").getId();
        //                                                         anon sec1 lixia city admin auditor
        expect("GET /reports", () -> get("/reports"), 302, 200, 200, 200, 200, 403);
        expect("GET /reports/jobs.json", () -> get("/reports/jobs.json"), 302, 200, 200, 200, 200, 403);
        expect("GET /reports for own branch", () -> get("/reports?year=" + year + "&org=" + branch),
                302, 200, 200, 200, 200, 403);
        expect("GET /reports for another district", () -> get("/reports?org=" + otherDistrict),
                302, 404, 404, 200, 200, 403);
        expect("POST /reports/jobs (empty form)", () -> post("/reports/jobs").with(csrf()), 302, 200, 200, 200, 200,
                403);
        expect("POST /reports/jobs for another district", () -> post("/reports/jobs").with(csrf())
                .param("year", year).param("format", "CSV").param("org", Long.toString(otherDistrict)),
                302, 404, 404, 302, 302, 403);
        expect("GET direct report of own branch", () -> get("/reports/download?format=CSV&year=" + year + "&org="
                + branch), 302, 200, 200, 200, 200, 403);
        expect("GET direct report of another district's branch", () -> get("/reports/download?format=CSV&year="
                + year + "&org=" + otherBranch), 302, 404, 404, 200, 200, 403);
        expect("GET download of secretary1's job not done yet", () -> get("/reports/jobs/" + queued + "/download"),
                302, 404, 404, 404, 404, 403);
        expect("GET download of a nonexistent job", () -> get("/reports/jobs/987654321/download"),
                302, 404, 404, 404, 404, 403);
    }

    /** Issue 6 year-end lists: the branch's for its secretary, the subtree's for the organization department. */
    private void yearEndRoutes(long otherDistrict) {
        long neighbourBranch = demo.org("JN010102").getId();
        //                                                         anon sec1 lixia city admin auditor
        expect("GET /year-end", () -> get("/year-end"), 302, 200, 200, 200, 403, 403);
        for (String list : List.of("/study-hours", "/lectures", "/talks", "/hardship-visits", "/casualty-follow-ups",
                "/medals")) {
            expect("GET /year-end" + list, () -> get("/year-end" + list), 302, 200, 200, 200, 403, 403);
            expect("GET /year-end" + list + "/export", () -> get("/year-end" + list + "/export"),
                    302, 200, 200, 200, 403, 403);
            expect("GET /year-end" + list + " filtered outside scope",
                    () -> get("/year-end" + list + "?org=" + otherDistrict), 302, 404, 404, 200, 403, 403);
        }
        expect("GET /year-end filtered to the neighbour branch", () -> get("/year-end?org=" + neighbourBranch),
                302, 404, 200, 200, 403, 403);
        expect("GET year-end export filtered outside scope",
                () -> get("/year-end/talks/export?org=" + otherDistrict), 302, 404, 404, 200, 403, 403);
        expect("GET year-end hardship list of a nonexistent campaign",
                () -> get("/year-end/hardship-visits?campaign=987654321"), 302, 404, 404, 404, 403, 403);
        expect("POST /year-end", () -> post("/year-end").with(csrf()), 302, 403, 403, 403, 403, 403);
    }

    /** Issue 6: the compliance dashboard, its drill-downs, exports and scorecard — care data, in scope only. */
    private void dashboardRoutes() {
        long branch = demo.org("JN010101").getId();
        long neighbour = demo.org("JN010102").getId();
        long otherDistrict = demo.org("JN02").getId();
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        //                                                         anon sec1 lixia city admin auditor
        for (String page : List.of("/dashboard", "/dashboard?year=" + year + "&org=" + branch,
                "/dashboard/members?rule=R03-TRAINING-HOURS&drill=BEHIND",
                "/dashboard/members?rule=R08-TALK-ON-EVENT&drill=OPEN&org=" + branch + "&page=1",
                "/dashboard/obligations", "/dashboard/obligations?rule=R08-TALK-ON-EVENT&overdue=true",
                "/dashboard/export", "/dashboard/export?org=" + branch,
                "/dashboard/members/export?rule=R04-LECTURES&drill=REQUIRED", "/dashboard/scorecard",
                "/dashboard/scorecard?year=" + year + "&org=" + branch)) {
            expect("GET " + page, () -> get(page), 302, 200, 200, 200, 403, 403);
        }
        for (String page : List.of("/dashboard", "/dashboard/members?rule=R03-TRAINING-HOURS",
                "/dashboard/obligations", "/dashboard/export", "/dashboard/members/export?rule=R03-TRAINING-HOURS",
                "/dashboard/scorecard")) {
            String sep = page.contains("?") ? "&" : "?";
            expect("GET " + page + " of the neighbour branch", () -> get(page + sep + "org=" + neighbour),
                    302, 404, 200, 200, 403, 403);
            expect("GET " + page + " of another district", () -> get(page + sep + "org=" + otherDistrict),
                    302, 404, 404, 200, 403, 403);
        }
        // R18-FOUR-MUSTS (an accountability case's effect evaluation) is not shown to branch secretaries
        for (String page : List.of("/dashboard/members?rule=R18-FOUR-MUSTS&drill=REQUIRED",
                "/dashboard/members/export?rule=R18-FOUR-MUSTS", "/dashboard/obligations?rule=R18-FOUR-MUSTS")) {
            expect("GET " + page, () -> get(page), 302, 404, 200, 200, 403, 403);
        }
        expect("GET dashboard members of a rule not on the dashboard",
                () -> get("/dashboard/members?rule=R14-RECRUIT-QUOTA"), 302, 404, 404, 404, 403, 403);
        expect("GET open obligations of a quota rule", () -> get("/dashboard/obligations?rule=R03-TRAINING-HOURS"),
                302, 404, 404, 404, 403, 403);
        expect("POST /dashboard", () -> post("/dashboard").with(csrf()), 302, 405, 405, 405, 403, 403);
    }

    @Autowired
    private cn.jinan.care.persistence.imports.ImportBatchService importBatches;

    /** Issue 7 imports: the roles that add members and study hours; a batch is its uploader's alone. */
    private void importRoutes() {
        byte[] file = ("组织代码,姓名,公民身份号码,入党日期\nJN010101,路由测试,"
                + cn.jinan.care.web.support.IdNumbers.of(java.time.LocalDate.of(1979, 1, 2), true) + ",2010-07-01\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long[] batch = new long[1];
        cn.jinan.care.domain.shared.AuditActor.runAs("secretary1", () -> batch[0] = importBatches.upload(
                cn.jinan.care.persistence.scope.DataScope.of(demo.org("JN010101")),
                cn.jinan.care.domain.imports.ImportKind.ROSTER, "路由.csv", file, false,
                cn.jinan.care.domain.imports.ImportCounts.NONE));
        //                                                         anon sec1 lixia city admin auditor
        for (String page : List.of("/imports", "/imports/roster", "/imports/study", "/imports/roster/template.xlsx",
                "/imports/study/template.xlsx")) {
            expect("GET " + page, () -> get(page), 302, 200, 200, 200, 403, 403);
        }
        expect("POST /imports/roster without a file", () -> post("/imports/roster").with(csrf()),
                302, 200, 200, 200, 403, 403);
        expect("GET /imports/unknown", () -> get("/imports/unknown"), 302, 404, 404, 404, 403, 403);
        expect("GET secretary1's import batch", () -> get("/imports/roster/" + batch[0]),
                302, 200, 404, 404, 403, 403);
        expect("GET secretary1's import batch as study", () -> get("/imports/study/" + batch[0]),
                302, 404, 404, 404, 403, 403);
        expect("GET secretary1's import errors", () -> get("/imports/roster/" + batch[0] + "/errors.xlsx"),
                302, 200, 404, 404, 403, 403);
        expect("POST recheck of secretary1's import batch",
                () -> post("/imports/roster/" + batch[0] + "/check").with(csrf()), 302, 302, 404, 404, 403, 403);
        // counts other than the preview's: the all-or-nothing commit refuses (409) and imports nothing
        for (long id : new long[] {batch[0], 987654321L}) {
            String whose = id == batch[0] ? "secretary1's" : "a nonexistent";
            int own = id == batch[0] ? 409 : 404;
            expect("POST commit of " + whose + " import batch with counts not the preview's",
                    () -> post("/imports/roster/" + id + "/commit").with(csrf()).param("rows", "0")
                            .param("created", "0").param("updated", "0").param("unchanged", "0")
                            .param("errors", "0"), 302, own, 404, 404, 403, 403);
        }
        expect("POST discard of secretary1's import batch",
                () -> post("/imports/roster/" + batch[0] + "/discard").with(csrf()),
                302, 302, 404, 404, 403, 403);
        expect("GET nonexistent import batch", () -> get("/imports/roster/987654321"), 302, 404, 404, 404, 403, 403);
    }

    @Autowired
    private cn.jinan.care.persistence.activity.ActivityService activityService;
    @Autowired
    private cn.jinan.care.persistence.activity.TrainingPlanService planService;
    @Autowired
    private cn.jinan.care.persistence.indicator.IndicatorService indicatorService;

    /** 第3、4、13、23条 activities and plans, 第14、15、16、25条 indicators. */
    private void orgWorkRoutes() {
        long branch = demo.org("JN010101").getId();
        long street = demo.org("JN0101").getId();
        long otherDistrict = demo.org("JN02").getId();
        long ownActivity = activityIn("JN010101");
        long neighbourActivity = activityIn("JN010102");
        long otherDistrictActivity = activityIn("JN020101");
        //                                                         anon sec1 lixia city admin auditor
        for (String list : List.of("/activities", "/activities/export", "/activities/new",
                "/activities?year=2026&org=" + branch)) {
            expect("GET " + list, () -> get(list), 302, 200, 200, 200, 403, 403);
        }
        expect("GET /activities/new for the street", () -> get("/activities/new?org=" + street),
                302, 404, 200, 200, 403, 403);
        expect("GET activities filtered outside scope", () -> get("/activities?org=" + otherDistrict),
                302, 404, 404, 200, 403, 403);
        expect("POST /activities (empty form)", () -> post("/activities").with(csrf()), 302, 200, 200, 200, 403, 403);
        for (String suffix : List.of("", "/edit", "/history")) {
            expect("GET own activity" + suffix, () -> get("/activities/" + ownActivity + suffix),
                    302, 200, 200, 200, 403, 403);
            expect("GET neighbour branch's activity" + suffix, () -> get("/activities/" + neighbourActivity + suffix),
                    302, 404, 200, 200, 403, 403);
            expect("GET other district's activity" + suffix,
                    () -> get("/activities/" + otherDistrictActivity + suffix), 302, 404, 404, 200, 403, 403);
        }
        expect("POST post-hours of neighbour branch's activity",
                () -> post("/activities/" + neighbourActivity + "/post-hours").with(csrf()),
                302, 404, 302, 302, 403, 403);
        expect("POST edit of other district's activity", () -> post("/activities/" + otherDistrictActivity)
                .with(csrf()), 302, 404, 404, 200, 403, 403);
        long ownPlan = planFor("JN01");
        long otherPlan = planFor("JN02");
        for (String list : List.of("/training-plans", "/training-plans/export", "/training-plans/new",
                "/indicators", "/indicators/export", "/indicators?indicator=R14&year=2025",
                "/indicators?indicator=R25&year=2025&org=" + street)) {
            expect("GET " + list, () -> get(list), 302, 403, 200, 200, 403, 403);
        }
        expect("GET indicators filtered outside scope", () -> get("/indicators?org=" + otherDistrict),
                302, 403, 404, 200, 403, 403);
        expect("GET new indicator for own street", () -> get("/indicators/new?indicator=R15&org=" + street),
                302, 403, 200, 200, 403, 403);
        expect("GET new indicator for other district's street",
                () -> get("/indicators/new?indicator=R15&org=" + demo.org("JN0201").getId()),
                302, 403, 404, 200, 403, 403);
        long ownIndicator = indicatorFor("JN0101");
        long otherIndicator = indicatorFor("JN0201");
        for (String suffix : List.of("", "/edit", "/history")) {
            expect("GET own plan" + suffix, () -> get("/training-plans/" + ownPlan + suffix),
                    302, 403, 200, 200, 403, 403);
            expect("GET other district's plan" + suffix, () -> get("/training-plans/" + otherPlan + suffix),
                    302, 403, 404, 200, 403, 403);
            expect("GET own indicator" + suffix, () -> get("/indicators/" + ownIndicator + suffix),
                    302, 403, 200, 200, 403, 403);
            expect("GET other district's indicator" + suffix, () -> get("/indicators/" + otherIndicator + suffix),
                    302, 403, 404, 200, 403, 403);
        }
        expect("POST /training-plans (empty form)", () -> post("/training-plans").with(csrf()),
                302, 403, 200, 200, 403, 403);
        expect("POST edit of other district's plan", () -> post("/training-plans/" + otherPlan).with(csrf()),
                302, 403, 404, 200, 403, 403);
        expect("POST edit of other district's indicator", () -> post("/indicators/" + otherIndicator).with(csrf()),
                302, 403, 404, 200, 403, 403);
        expect("POST /indicators for other district's street", () -> post("/indicators").with(csrf())
                .param("organizationId", Long.toString(demo.org("JN0201").getId())).param("indicator", "R15"),
                302, 403, 404, 200, 403, 403);
    }

    private long activityIn(String orgCode) {
        long[] id = new long[1];
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        cn.jinan.care.domain.shared.AuditActor.runAs("test", () -> id[0] = activityService.record(
                cn.jinan.care.persistence.scope.DataScope.of(demo.org(orgCode)), java.util.UUID.randomUUID(),
                demo.org(orgCode).getId(), new cn.jinan.care.domain.activity.ActivityDetails(
                        cn.jinan.care.domain.activity.ActivityKind.BRANCH_STUDY, "测试学习", today.minusDays(1), null,
                        null, false, java.math.BigDecimal.ONE, null), List.of()));
        return id[0];
    }

    /** Each plan or indicator entry its own year: the route list is walked by more than one test on one database. */
    private static final java.util.concurrent.atomic.AtomicInteger SPARE_YEAR = new java.util.concurrent.atomic.AtomicInteger(2069);

    private long planFor(String orgCode) {
        long[] id = new long[1];
        int year = SPARE_YEAR.incrementAndGet();
        cn.jinan.care.domain.shared.AuditActor.runAs("test", () -> id[0] = planService.record(
                cn.jinan.care.persistence.scope.DataScope.of(demo.org(orgCode)), java.util.UUID.randomUUID(),
                demo.org(orgCode).getId(), year, 2, java.math.BigDecimal.TEN, null));
        return id[0];
    }

    private long indicatorFor(String orgCode) {
        long[] id = new long[1];
        int year = SPARE_YEAR.incrementAndGet();
        cn.jinan.care.domain.shared.AuditActor.runAs("test", () -> id[0] = indicatorService.enter(
                cn.jinan.care.persistence.scope.DataScope.of(demo.org(orgCode)), java.util.UUID.randomUUID(),
                demo.org(orgCode).getId(), cn.jinan.care.domain.indicator.Indicator.R16, year,
                java.math.BigDecimal.ONE, null, "测试"));
        return id[0];
    }

    @Autowired
    private cn.jinan.care.persistence.campaign.VisitCampaignRepository campaigns;

    /** 第27条 visit campaigns: the demo's district campaign (历下区, JN01) and city campaign (JN). */
    private void campaignRoutes() {
        long district = demoCampaign("JN01");
        long city = demoCampaign("JN");
        //                                                         anon sec1 lixia city admin auditor
        expect("GET /campaigns", () -> get("/campaigns"), 302, 200, 200, 200, 403, 403);
        expect("GET /campaigns/new", () -> get("/campaigns/new"), 302, 403, 200, 200, 403, 403);
        expect("POST /campaigns (empty form)", () -> post("/campaigns").with(csrf()), 302, 403, 200, 200, 403, 403);
        for (String suffix : List.of("", "/history")) {
            expect("GET district campaign" + suffix, () -> get("/campaigns/" + district + suffix),
                    302, 200, 200, 200, 403, 403);
            expect("GET city campaign" + suffix, () -> get("/campaigns/" + city + suffix),
                    302, 200, 200, 200, 403, 403);
        }
        expect("GET district campaign's edit", () -> get("/campaigns/" + district + "/edit"),
                302, 403, 200, 200, 403, 403);
        expect("GET city campaign's edit", () -> get("/campaigns/" + city + "/edit"), 302, 403, 404, 200, 403, 403);
        // closing the city's draft is refused by the campaign itself (not open): back to its page, nothing changed
        expect("POST close city campaign", () -> post("/campaigns/" + city + "/close").with(csrf())
                .param("version", Long.toString(campaigns.findById(city).orElseThrow().getVersion())),
                302, 403, 404, 302, 403, 403);
        expect("GET nonexistent campaign", () -> get("/campaigns/987654321"), 302, 404, 404, 404, 403, 403);
        expect("POST edit of district campaign (empty form)", () -> post("/campaigns/" + district).with(csrf()),
                302, 403, 200, 200, 403, 403);
        expect("POST edit of city campaign (empty form)", () -> post("/campaigns/" + city).with(csrf()),
                302, 403, 404, 200, 403, 403);
        // opening the district's campaign, open already, is refused by the campaign: back to its page, nothing changed
        expect("POST open district campaign", () -> post("/campaigns/" + district + "/open").with(csrf())
                .param("version", Long.toString(campaigns.findById(district).orElseThrow().getVersion())),
                302, 403, 302, 302, 403, 403);
        // the city's draft is never opened here: a stale version is refused (409) where the campaign is in scope
        expect("POST open city campaign with a stale version", () -> post("/campaigns/" + city + "/open")
                .with(csrf()).param("version", Long.toString(campaigns.findById(city).orElseThrow().getVersion() + 1)),
                302, 403, 404, 409, 403, 403);
        expect("GET district campaign's coverage export", () -> get("/campaigns/" + district + "/export"),
                302, 200, 200, 200, 403, 403);
    }

    private long demoCampaign(String orgCode) {
        long orgId = demo.org(orgCode).getId();
        return campaigns.findAll().stream().filter(c -> c.getOrganization().getId() == orgId)
                .mapToLong(c -> c.getId()).min().orElseThrow(() -> new AssertionError("no demo campaign " + orgCode));
    }

    @Autowired
    private cn.jinan.care.persistence.talk.TalkService talkService;
    @Autowired
    private cn.jinan.care.persistence.oldmember.SubsidyService oldMemberPayments;

    private long talkFor(long memberId, String orgCode) {
        long[] id = new long[1];
        cn.jinan.care.domain.shared.AuditActor.runAs("test", () -> id[0] = talkService.log(
                cn.jinan.care.persistence.scope.DataScope.of(demo.org(orgCode)), java.util.UUID.randomUUID(),
                memberId, new cn.jinan.care.domain.talk.TalkDetails(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")),
                        cn.jinan.care.domain.talk.TalkKind.ROUTINE, "测试", cn.jinan.care.domain.talk.TalkerPost.OTHER,
                        null, "要点")).id());
        return id[0];
    }

    @Autowired
    private cn.jinan.care.web.support.Records records;
    @Autowired
    private cn.jinan.care.persistence.casualty.CasualtyService casualtyService;

    /** A fresh member of the organization disabled on duty, with an open casualty case. */
    private long casualtyCaseIn(String orgCode) {
        long memberId = records.newMember(orgCode).getId();
        long[] id = new long[1];
        java.time.LocalDate day = java.time.LocalDate.now().minusYears(1);
        cn.jinan.care.domain.shared.AuditActor.runAs("test", () -> id[0] = casualtyService.open(
                cn.jinan.care.persistence.scope.DataScope.of(demo.org(orgCode)), java.util.UUID.randomUUID(),
                memberId, new cn.jinan.care.domain.casualty.CasualtyDetails(
                        cn.jinan.care.domain.casualty.CasualtyKind.DISABLED_ON_DUTY, day, null, 6, null, false, null,
                        null, "测试", null, day, null)));
        return id[0];
    }

    @Autowired
    private cn.jinan.care.persistence.honor.HonorService honorService;
    @Autowired
    private cn.jinan.care.persistence.sanction.SanctionService sanctionService;

    private long honorFor(String orgCode) {
        long memberId = records.newMember(orgCode).getId();
        long[] id = new long[1];
        cn.jinan.care.domain.shared.AuditActor.runAs("test", () -> id[0] = honorService.recordForMember(
                cn.jinan.care.persistence.scope.DataScope.of(demo.org(orgCode)), java.util.UUID.randomUUID(), memberId,
                new cn.jinan.care.domain.honor.HonorDetails(cn.jinan.care.domain.honor.HonorKind.OUTSTANDING_MEMBER,
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear(), null, cn.jinan.care.domain.honor.AwardLevel.DISTRICT,
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), "区委", null, null, null, null)));
        return id[0];
    }

    private long sanctionFor(String orgCode) {
        long memberId = records.newMember(orgCode).getId();
        long[] id = new long[1];
        cn.jinan.care.domain.shared.AuditActor.runAs("test", () -> id[0] = sanctionService.record(
                cn.jinan.care.persistence.scope.DataScope.of(demo.org(orgCode)), java.util.UUID.randomUUID(), memberId,
                new cn.jinan.care.domain.sanction.SanctionDetails(cn.jinan.care.domain.sanction.SanctionType.WARNING,
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), "纪委", null, null, "测试")));
        return id[0];
    }

    @Autowired
    private cn.jinan.care.persistence.fairness.FaultToleranceService faultTolerance;
    @Autowired
    private cn.jinan.care.persistence.fairness.AccountabilityService accountability;
    @Autowired
    private cn.jinan.care.persistence.fairness.ClarificationService clarifications;

    /** A fault-tolerance, an accountability and a clarification case of the member. */
    private long[] fairnessCases(long memberId, String orgCode) {
        long[] ids = new long[3];
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        cn.jinan.care.persistence.scope.DataScope scope = cn.jinan.care.persistence.scope.DataScope.of(
                demo.org(orgCode));
        cn.jinan.care.domain.shared.AuditActor.runAs("test", () -> {
            ids[0] = faultTolerance.open(scope, java.util.UUID.randomUUID(), memberId,
                    cn.jinan.care.domain.fairness.FaultToleranceOrigin.FOUND, today, "事实");
            ids[1] = accountability.open(scope, java.util.UUID.randomUUID(), memberId, today, "问题", today,
                    today.plusDays(10), "整改要求");
            ids[2] = clarifications.receive(scope, java.util.UUID.randomUUID(), memberId, today, "举报");
        });
        return ids;
    }

    @Autowired
    private cn.jinan.care.persistence.secondment.SecondmentService secondmentService;
    @Autowired
    private cn.jinan.care.persistence.suggestion.SuggestionService suggestionService;
    @Autowired
    private cn.jinan.care.persistence.delegate.DelegateService delegateService;

    /**
     * 第12条 secondments and 第7条 delegates: the organization department manages, a secretary reads the branch's;
     * 第6条 suggestions: a secretary receives and handles the branch's.
     */
    private void participationRoutes(long otherDistrict) {
        long[] own = participationRecords("JN010101");
        long[] neighbour = participationRecords("JN010102");
        long[] other = participationRecords("JN020101");
        //                                                         anon sec1 lixia city admin auditor
        for (String list : List.of("/secondments", "/secondments?view=PAST", "/secondments/export", "/suggestions",
                "/suggestions?overdue=true", "/suggestions/new", "/suggestions/export", "/delegates/proposals",
                "/delegates/proposals/export", "/delegates/sessions", "/delegates/sessions/export",
                "/delegates/attendance", "/delegates/attendance/export")) {
            expect("GET " + list, () -> get(list), 302, 200, 200, 200, 403, 403);
        }
        for (String form : List.of("/secondments/new", "/delegates/proposals/new", "/delegates/sessions/new")) {
            expect("GET " + form, () -> get(form), 302, 403, 200, 200, 403, 403);
        }
        for (String create : List.of("/secondments", "/delegates/proposals", "/delegates/sessions")) {
            expect("POST " + create + " (empty form)", () -> post(create).with(csrf()), 302, 403, 200, 200, 403, 403);
        }
        expect("POST /suggestions (empty form)", () -> post("/suggestions").with(csrf()), 302, 200, 200, 200, 403, 403);
        for (String list : List.of("/secondments", "/suggestions", "/delegates/proposals", "/delegates/sessions",
                "/delegates/attendance")) {
            expect("GET " + list + " filtered outside scope", () -> get(list + "?org=" + otherDistrict),
                    302, 404, 404, 200, 403, 403);
        }
        String[] bases = {"/secondments/", "/suggestions/", "/delegates/proposals/", "/delegates/sessions/"};
        for (int i = 0; i < bases.length; i++) {
            String base = bases[i];
            long mine = own[i];
            long near = neighbour[i];
            long far = other[i];
            for (String suffix : List.of("", "/history")) {
                expect("GET own " + base + suffix, () -> get(base + mine + suffix), 302, 200, 200, 200, 403, 403);
                expect("GET neighbour's " + base + suffix, () -> get(base + near + suffix),
                        302, 404, 200, 200, 403, 403);
                expect("GET other district's " + base + suffix, () -> get(base + far + suffix),
                        302, 404, 404, 200, 403, 403);
            }
        }
        // a secretary edits and steps the branch's suggestions, not the others' records
        for (String suffix : List.of("/edit", "/steps/assign")) {
            expect("GET own suggestion" + suffix, () -> get("/suggestions/" + own[1] + suffix),
                    302, 200, 200, 200, 403, 403);
            expect("GET other district's suggestion" + suffix, () -> get("/suggestions/" + other[1] + suffix),
                    302, 404, 404, 200, 403, 403);
        }
        expect("POST step on other district's suggestion", () -> post("/suggestions/" + other[1] + "/steps/start")
                .with(csrf()).param("version", "0"), 302, 404, 404, 200, 403, 403);
        for (String page : List.of("/secondments/" + own[0] + "/edit", "/delegates/proposals/" + own[2] + "/edit",
                "/delegates/proposals/" + own[2] + "/steps/decide", "/delegates/sessions/" + own[3] + "/edit")) {
            expect("GET own " + page, () -> get(page), 302, 403, 200, 200, 403, 403);
        }
        for (String page : List.of("/secondments/" + other[0] + "/edit", "/delegates/proposals/" + other[2] + "/edit",
                "/delegates/sessions/" + other[3] + "/edit")) {
            expect("GET other district's " + page, () -> get(page), 302, 403, 404, 200, 403, 403);
        }
        expect("POST edit of other district's secondment", () -> post("/secondments/" + other[0]).with(csrf()),
                302, 403, 404, 200, 403, 403);
        for (String write : List.of("/delegates/proposals/" + other[2], "/delegates/proposals/" + other[2]
                + "/steps/decide", "/delegates/sessions/" + other[3])) {
            expect("POST other district's " + write.replaceAll("[0-9]+", "{id}"), () -> post(write).with(csrf()),
                    302, 403, 404, 200, 403, 403);
        }
        expect("POST edit of other district's suggestion", () -> post("/suggestions/" + other[1]).with(csrf()),
                302, 404, 404, 200, 403, 403);
    }

    /** A secondment, a suggestion, a delegate's motion and a delegates' session of the organization. */
    private long[] participationRecords(String orgCode) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        cn.jinan.care.domain.member.MemberFlags delegate = new cn.jinan.care.domain.member.MemberFlags(false, false,
                cn.jinan.care.domain.member.Household.URBAN, false, false,
                cn.jinan.care.domain.member.DelegateLevel.COUNTY, false);
        long memberId = records.newMember(orgCode).getId();
        long delegateId = records.newMember(orgCode, delegate).getId();
        cn.jinan.care.persistence.scope.DataScope scope = cn.jinan.care.persistence.scope.DataScope.of(
                demo.org(orgCode));
        long[] ids = new long[4];
        cn.jinan.care.domain.shared.AuditActor.runAs("test", () -> {
            ids[0] = secondmentService.record(scope, java.util.UUID.randomUUID(), memberId, null, null,
                    new cn.jinan.care.domain.secondment.SecondmentDetails(
                            cn.jinan.care.domain.secondment.SecondmentKind.DOWN_POSTING,
                            cn.jinan.care.domain.secondment.SecondmentDirection.TO_VILLAGE, "测试单位", "测试村", null,
                            today, null, null, null));
            ids[1] = suggestionService.receive(scope, java.util.UUID.randomUUID(), demo.org(orgCode).getId(), null,
                    new cn.jinan.care.domain.suggestion.SuggestionDetails(
                            cn.jinan.care.domain.suggestion.SubmitterKind.ANONYMOUS, null,
                            cn.jinan.care.domain.suggestion.SuggestionChannel.DIRECT_LINE, today, "测试建议"));
            ids[2] = delegateService.submit(scope, java.util.UUID.randomUUID(), delegateId, List.of(),
                    new cn.jinan.care.domain.delegate.ProposalDetails(
                            cn.jinan.care.domain.delegate.ProposalKind.MOTION, null, "测试提议", "内容", "区委", today));
            ids[3] = delegateService.hold(scope, java.util.UUID.randomUUID(), demo.org(orgCode).getId(),
                    cn.jinan.care.domain.delegate.SessionKind.TRAINING, today, "测试培训", null,
                    java.util.Set.of(delegateId));
        });
        return ids;
    }

    private void expect(String name, Supplier<MockHttpServletRequestBuilder> request, int... statuses) {
        if (statuses.length != USERS.length) {
            throw new IllegalArgumentException(name + ": one status per user expected");
        }
        expectations.put(name, statuses);
        requests.put(name, request);
    }

    /**
     * The table above is checked against the application's own route list: every request mapping of the product
     * (every controller method, with its HTTP method and path pattern) must be exercised by at least one row, so a new
     * route without a row — and so without a decision on who may use it — fails here. Framework routes (the error
     * page) are left out.
     */
    @org.junit.jupiter.api.Test
    void everyRouteOfTheApplicationHasARow() {
        routes();
        List<org.springframework.mock.web.MockHttpServletRequest> rows = new ArrayList<>();
        requests.values().forEach(r -> {
            var request = r.get().buildRequest(servletContext);
            org.springframework.web.util.ServletRequestPathUtils.parseAndCache(request);
            rows.add(request);
        });
        java.util.Set<String> pending = pendingRoutes();
        List<String> withoutRow = new ArrayList<>();
        List<String> coveredNow = new ArrayList<>();
        handlerMapping.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("cn.jinan.care")) {
                return;
            }
            boolean covered = rows.stream().anyMatch(r -> info.getMatchingCondition(r) != null);
            if (!covered && !pending.contains(info.toString())) {
                withoutRow.add(info + " → " + method.getBeanType().getSimpleName() + "." + method.getMethod().getName());
            }
            if (covered && pending.contains(info.toString())) {
                coveredNow.add(info.toString());
            }
        });
        org.assertj.core.api.Assertions.assertThat(withoutRow).as("routes without a row in RouteAccessTest")
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(coveredNow)
                .as("routes that have rows now: delete them from security/routes-without-rows.txt").isEmpty();
    }

    /** The routes written before the route list was checked that still lack rows (a list that only shrinks). */
    private static java.util.Set<String> pendingRoutes() {
        try (var in = RouteAccessTest.class.getResourceAsStream("/security/routes-without-rows.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(java.util.stream.Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRoleOnEveryRoute() {
        routes();
        List<DynamicTest> tests = new ArrayList<>();
        expectations.forEach((name, statuses) -> {
            for (int i = 0; i < USERS.length; i++) {
                String user = USERS[i];
                int expected = statuses[i];
                tests.add(DynamicTest.dynamicTest(user + " → " + name + " = " + expected, () -> {
                    MockHttpServletRequestBuilder request = requests.get(name).get();
                    if (!user.equals("anonymous")) {
                        request = request.with(demo.as(user));
                    }
                    mvc.perform(request).andExpect(status().is(expected));
                }));
            }
        });
        return tests.stream();
    }
}
