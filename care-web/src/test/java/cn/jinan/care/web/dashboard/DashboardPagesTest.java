package cn.jinan.care.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.training.StudyKind;
import cn.jinan.care.domain.user.Role;
import cn.jinan.care.persistence.compliance.ComplianceService;
import cn.jinan.care.persistence.compliance.Drill;
import cn.jinan.care.persistence.compliance.MemberFigure;
import cn.jinan.care.persistence.compliance.OrgFigures;
import cn.jinan.care.persistence.compliance.RuleFigure;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.training.StudyService;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import cn.jinan.care.web.support.Xlsx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The compliance dashboard for a branch secretary, the district officer and the city officer: the figures on the
 * page are the summaries' for that organization, an organization outside the scope is a 404, each figure opens the
 * members behind it (paged), the exports carry the same figures, and the scorecard shows the rank and the overdue
 * items still open.
 */
@CareWebTest
class DashboardPagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int YEAR = TODAY.getYear();

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private ComplianceService compliance;
    @Autowired
    private ObligationService obligations;
    @Autowired
    private MemberService members;
    @Autowired
    private StudyService study;

    private String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(demo.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static DataScope city() {
        return new DataScope(0, "/");
    }

    private OrgFigures figures(String orgCode, int year) {
        compliance.ensureCurrent(TODAY);
        Organization org = demo.org(orgCode);
        return compliance.figures(DataScope.of(org), org.getId(), year);
    }

    /** The row of a rule as the dashboard writes it: code, then required, done, rate and behind. */
    private static String row(RuleFigure f) {
        return "data-rule=\"" + f.rule().code() + "\" data-required=\"" + f.required() + "\" data-done=\""
                + f.done() + "\" data-rate=\"" + f.rate() + "\" data-behind=\"" + f.behind() + "\"";
    }

    private void assertShowsFigures(String html, OrgFigures figures, Role role) {
        for (RuleCode rule : Dashboards.rulesFor(role)) {
            assertThat(html).as(rule.code()).contains(row(figures.rule(rule)));
        }
    }

    @Test
    void theDistrictOfficerSeesTheDistrictsFiguresAsTheSummariesHaveThem() throws Exception {
        String html = page("lixia", "/dashboard");
        OrgFigures figures = figures("JN01", YEAR);
        assertShowsFigures(html, figures, Role.ORG_DEPT);
        assertThat(html).contains(demo.org("JN01").getName()).contains("R18-FOUR-MUSTS")
                .containsPattern("/webjars/echarts/[0-9.]+/dist/echarts.common.min.js").contains("id=\"rule-chart\"");
        // the overall total counts the rules shown
        assertThat(html).contains("class=\"fs-4 overall-required\">" + figures.required() + "<");
        // each child organization links to its own dashboard, best first
        List<OrgFigures> children = compliance.children(DataScope.of(demo.org("JN01")), demo.org("JN01").getId(),
                YEAR);
        assertThat(children).isNotEmpty();
        int last = -1;
        for (OrgFigures child : children) {
            int at = html.indexOf("/dashboard?year=" + YEAR + "&amp;org=" + child.organizationId() + "\"");
            assertThat(at).as(child.name()).isPositive();
            if (child.rate().compareTo(children.get(0).rate()) < 0) {
                assertThat(at).isGreaterThan(last);
            }
            last = Math.max(last, at);
        }
    }

    @Test
    void theCityOfficerSeesTheCityAndGoesDownToADistrict() throws Exception {
        String html = page("city", "/dashboard?year=" + YEAR);
        assertShowsFigures(html, figures("JN", YEAR), Role.ORG_DEPT);
        assertThat(html).contains(demo.org("JN01").getName()).contains(demo.org("JN02").getName());
        String district = page("city", "/dashboard?year=" + YEAR + "&org=" + demo.org("JN02").getId());
        assertShowsFigures(district, figures("JN02", YEAR), Role.ORG_DEPT);
        // the breadcrumb leads back up to the city
        assertThat(district).contains("/dashboard?year=" + YEAR + "&amp;org=" + demo.org("JN").getId());
    }

    @Test
    void theSecretarySeesTheBranchWithoutTheDisciplineRule() throws Exception {
        String html = page("secretary1", "/dashboard");
        assertShowsFigures(html, figures("JN010101", YEAR), Role.SECRETARY);
        assertThat(html).doesNotContain("R18-FOUR-MUSTS");
        assertThat(page("secretary1", "/dashboard/scorecard")).doesNotContain("R18-FOUR-MUSTS");
        for (String url : List.of("/dashboard/members?rule=R18-FOUR-MUSTS&drill=REQUIRED",
                "/dashboard/members/export?rule=R18-FOUR-MUSTS", "/dashboard/obligations?rule=R18-FOUR-MUSTS")) {
            mvc.perform(get(url).with(demo.as("secretary1"))).andExpect(status().isNotFound());
            mvc.perform(get(url).with(demo.as("lixia"))).andExpect(status().isOk());
        }
        byte[] xlsx = mvc.perform(get("/dashboard/export").with(demo.as("secretary1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Xlsx.rows(xlsx, 0)).noneMatch(r -> r.get(0).equals("R18-FOUR-MUSTS"));
    }

    @Test
    void anOrganizationOutsideTheScopeIsNotFound() throws Exception {
        long neighbour = demo.org("JN010102").getId();
        long otherDistrict = demo.org("JN02").getId();
        for (String path : List.of("/dashboard", "/dashboard/members?rule=R03-TRAINING-HOURS&",
                "/dashboard/obligations", "/dashboard/export", "/dashboard/members/export?rule=R03-TRAINING-HOURS&",
                "/dashboard/scorecard")) {
            String sep = path.contains("?") ? "" : "?";
            mvc.perform(get(path + sep + "org=" + neighbour).with(demo.as("secretary1")))
                    .andExpect(status().isNotFound());
            mvc.perform(get(path + sep + "org=" + otherDistrict).with(demo.as("lixia")))
                    .andExpect(status().isNotFound());
            mvc.perform(get(path + sep + "org=" + otherDistrict).with(demo.as("city"))).andExpect(status().isOk());
        }
        // a rule that is not on the dashboard, or a year nobody asks for, is not found either
        mvc.perform(get("/dashboard/members?rule=R14-RECRUIT-QUOTA").with(demo.as("city")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboard?year=1900").with(demo.as("city"))).andExpect(status().isNotFound());
    }

    @Test
    void aFigureOpensTheMembersBehindItPageByPage() throws Exception {
        Member lazy = records.newMember("JN010101");
        Member diligent = records.newMember("JN010101");
        AuditActor.runAs("test", () -> study.log(DataScope.of(demo.org("JN010101")), UUID.randomUUID(),
                diligent.getId(), TODAY, new BigDecimal("12"), StudyKind.PARTY_SCHOOL, "党校"));
        compliance.ensureCurrent(TODAY);
        long branch = demo.org("JN010101").getId();
        String base = "/dashboard/members?year=" + YEAR + "&org=" + branch + "&rule=R03-TRAINING-HOURS&drill=BEHIND";
        int[] found = pageHolding(lazy.getId(), branch);
        String html = page("secretary1", base + "&page=" + found[0]);
        assertThat(html).contains("/members/" + lazy.getId() + "\"").contains(lazy.getName());
        // the diligent member is still 20 hours short: on a list of the same drill, with what is missing
        int[] other = pageHolding(diligent.getId(), branch);
        String theirs = page("secretary1", base + "&page=" + other[0]);
        assertThat(theirs).contains(diligent.getName()).contains(">20<");
        // the page shows what the summaries list for that page, and the pager keeps the query
        Page<MemberFigure> first = compliance.members(DataScope.of(demo.org("JN010101")), branch, YEAR,
                RuleCode.R03_TRAINING_HOURS, Drill.BEHIND, PageRequest.of(0, DashboardController.PAGE_SIZE));
        String firstPage = page("secretary1", base);
        first.getContent().forEach(m -> assertThat(firstPage).contains("/members/" + m.memberId() + "\""));
        if (first.getTotalPages() > 1) {
            assertThat(firstPage).contains(base.replace("&", "&amp;") + "&amp;page=1");
        }
        // the district officer reaches the same member from the district's figure
        String district = "/dashboard/members?year=" + YEAR + "&rule=R03-TRAINING-HOURS&drill=REQUIRED";
        assertThat(page("lixia", district)).contains("R03");
    }

    /** The page (of the drill-down's size) on which the summaries list the member as behind R03, and its size. */
    private int[] pageHolding(long memberId, long orgId) {
        for (int p = 0; ; p++) {
            Page<MemberFigure> page = compliance.members(DataScope.of(demo.org("JN010101")), orgId, YEAR,
                    RuleCode.R03_TRAINING_HOURS, Drill.BEHIND, PageRequest.of(p, DashboardController.PAGE_SIZE));
            if (page.getContent().stream().anyMatch(m -> m.memberId() == memberId)) {
                return new int[] {p, page.getNumberOfElements()};
            }
            assertThat(page.hasNext()).as("member " + memberId + " listed as behind").isTrue();
        }
    }

    @Test
    void anObligationFigureLinksToTheOpenObligations() throws Exception {
        Member sanctioned = records.newMember("JN010101");
        LocalDate day = TODAY.minusDays(20);
        AuditActor.runAs("test", () -> members.recordEvent(DataScope.of(demo.org("JN010101")), sanctioned.getId(),
                MemberEventKind.SANCTIONED, day, "测试"));
        Obligation talk = obligations.forMember(sanctioned.getId()).stream()
                .filter(o -> o.getRule() == RuleCode.R08_TALK_ON_EVENT).findFirst().orElseThrow();
        int year = talk.getDueDate().getYear();
        long branch = demo.org("JN010101").getId();
        String drill = page("secretary1", "/dashboard/members?year=" + year + "&org=" + branch
                + "&rule=R08-TALK-ON-EVENT&drill=BEHIND");
        assertThat(drill).contains(sanctioned.getName())
                .contains("/dashboard/obligations?year=" + year + "&amp;org=" + branch + "&amp;rule=R08-TALK-ON-EVENT");
        String open = page("secretary1", "/dashboard/obligations?year=" + year + "&org=" + branch
                + "&rule=R08-TALK-ON-EVENT&overdue=true");
        assertThat(open).contains("/members/" + sanctioned.getId() + "\"")
                .contains(ChronoUnit.DAYS.between(talk.getDueDate(), TODAY) + "天");
    }

    @Test
    void theScorecardShowsTheFiguresTheRankAndTheOverdueItems() throws Exception {
        Member sanctioned = records.newMember("JN010101");
        AuditActor.runAs("test", () -> members.recordEvent(DataScope.of(demo.org("JN010101")), sanctioned.getId(),
                MemberEventKind.SANCTIONED, TODAY.minusDays(20), "测试"));
        Obligation talk = obligations.forMember(sanctioned.getId()).stream()
                .filter(o -> o.getRule() == RuleCode.R08_TALK_ON_EVENT).findFirst().orElseThrow();
        int year = talk.getDueDate().getYear();
        Organization branch = demo.org("JN010101");
        String html = page("lixia", "/dashboard/scorecard?year=" + year + "&org=" + branch.getId());
        ComplianceService.Rank rank = compliance.rank(DataScope.of(demo.org("JN01")), branch.getId(), year);
        assertThat(html).contains(branch.getName() + " " + year + "年度党内激励关怀工作考核记分卡")
                .contains("在同级" + rank.of() + "个组织中排第" + rank.place() + "名")
                .contains("js-print").contains("R18-FOUR-MUSTS");
        Page<Obligation> overdue = obligations.openInYear(DataScope.of(branch), year,
                Dashboards.rulesFor(Role.ORG_DEPT), true, PageRequest.of(0, DashboardController.SCORECARD_ITEMS));
        assertThat(overdue.getContent()).extracting(Obligation::getId).contains(talk.getId());
        overdue.getContent().forEach(o -> assertThat(html).contains("/members/" + o.getMember().getId() + "\""));
        assertThat(html).contains(sanctioned.getName());
        OrgFigures figures = figures("JN010101", year);
        assertThat(html).contains("data-rule=\"R03-TRAINING-HOURS\"")
                .contains(figures.rate() + "%");
    }

    @Test
    void theExportHasTheRuleFiguresAndTheRankedChildren() throws Exception {
        byte[] xlsx = mvc.perform(get("/dashboard/export?year=" + YEAR).with(demo.as("lixia")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        OrgFigures figures = figures("JN01", YEAR);
        assertThat(Xlsx.sheetNames(xlsx)).containsExactly("各项规则", "下级组织排名");
        List<List<String>> rules = Xlsx.rows(xlsx, 0);
        assertThat(rules.get(0)).startsWith("规则编码", "规则", "类型", "应完成", "已完成", "完成率（%）", "落后");
        List<RuleCode> shown = Dashboards.rulesFor(Role.ORG_DEPT);
        assertThat(rules).hasSize(shown.size() + 2);
        for (int i = 0; i < shown.size(); i++) {
            RuleFigure f = figures.rule(shown.get(i));
            assertThat(rules.get(i + 1)).containsExactly(f.rule().code(), rules.get(i + 1).get(1),
                    rules.get(i + 1).get(2), Long.toString(f.required()), Long.toString(f.done()),
                    f.rate().toPlainString(), Long.toString(f.behind()));
        }
        assertThat(rules.get(rules.size() - 1)).contains("合计", Long.toString(figures.required()));
        List<List<String>> children = Xlsx.rows(xlsx, 1);
        List<OrgFigures> expected = compliance.children(DataScope.of(demo.org("JN01")), demo.org("JN01").getId(),
                YEAR);
        assertThat(children).hasSize(expected.size() + 1);
        assertThat(children.get(1).get(1)).isEqualTo(expected.get(0).name());
        assertThat(children.get(0)).contains("学时 完成率（%）");

        byte[] list = mvc.perform(get("/dashboard/members/export?year=" + YEAR
                + "&rule=R03-TRAINING-HOURS&drill=REQUIRED").with(demo.as("lixia")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = Xlsx.rows(list);
        assertThat(rows.get(0)).startsWith("党员", "所在组织", "已完成", "应完成", "还差");
        assertThat(rows).hasSize((int) figures.rule(RuleCode.R03_TRAINING_HOURS).required() + 1);
    }

    @Test
    void administratorAndAuditorSeeNoDashboard() throws Exception {
        for (String user : List.of("admin", "auditor")) {
            mvc.perform(get("/dashboard").with(demo.as(user))).andExpect(status().isForbidden());
        }
        assertThat(page("city", "/")).contains("href=\"/dashboard\"");
    }
}
