package cn.jinan.care.web.yearend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.campaign.CampaignDetails;
import cn.jinan.care.domain.campaign.TargetGroup;
import cn.jinan.care.domain.casualty.CasualtyDetails;
import cn.jinan.care.domain.casualty.CasualtyKind;
import cn.jinan.care.domain.casualty.DeathCause;
import cn.jinan.care.domain.casualty.FamilyMemberDetails;
import cn.jinan.care.domain.casualty.FamilyRelation;
import cn.jinan.care.domain.exemption.ExemptionReason;
import cn.jinan.care.domain.hardship.HardshipCategory;
import cn.jinan.care.domain.hardship.HardshipDetails;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.training.StudyKind;
import cn.jinan.care.domain.visit.VisitDetails;
import cn.jinan.care.domain.visit.VisitKind;
import cn.jinan.care.persistence.audit.SensitiveReadRepository;
import cn.jinan.care.persistence.campaign.CampaignService;
import cn.jinan.care.persistence.casualty.CasualtyService;
import cn.jinan.care.persistence.compliance.ComplianceService;
import cn.jinan.care.persistence.compliance.MemberFigure;
import cn.jinan.care.persistence.exemption.ExemptionService;
import cn.jinan.care.persistence.hardship.HardshipService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.obligation.ObligationRepository;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.training.StudyService;
import cn.jinan.care.persistence.visit.VisitService;
import cn.jinan.care.persistence.yearend.OverdueFollowUp;
import cn.jinan.care.persistence.yearend.YearEndCounts;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import cn.jinan.care.web.support.Xlsx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The year-end lists (issue 6): each list's rows for a branch secretary and a district officer, an organization outside
 * the scope is not found, paging, the Excel export read back, the sensitive lists' reads logged, and the index's
 * counts (from the summaries) agreeing with the lists.
 */
@CareWebTest
class YearEndPagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int YEAR = TODAY.getYear();

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private MemberService members;
    @Autowired
    private ExemptionService exemptions;
    @Autowired
    private StudyService study;
    @Autowired
    private HardshipService hardship;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private VisitService visits;
    @Autowired
    private CasualtyService casualties;
    @Autowired
    private ObligationRepository obligations;
    @Autowired
    private SensitiveReadRepository reads;
    @Autowired
    private ComplianceService compliance;

    private static DataScope scopeOf(Member member) {
        return DataScope.of(member.getOrganization());
    }

    private byte[] export(String path, String user) throws Exception {
        return mvc.perform(get(path).with(demo.as(user)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private MvcResult page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn();
    }

    @SuppressWarnings("unchecked")
    private static <T> Page<T> pageOf(MvcResult result) {
        return (Page<T>) result.getModelAndView().getModel().get("page");
    }

    private static String cell(String name) {
        return ">" + name + "<";
    }

    @Test
    void membersBelowTheStudyHoursAreListedWithWhatIsMissingAndTheExemptAreLeftOut() throws Exception {
        Member short22 = records.newMember("JN010101");
        Member exempt = records.newMember("JN010101");
        Member otherDistrict = records.newMember("JN020101");
        AuditActor.runAs("test", () -> {
            study.log(scopeOf(short22), UUID.randomUUID(), short22.getId(), TODAY, new BigDecimal("10"),
                    StudyKind.BRANCH_STUDY, "年终清单测试课程");
            exemptions.grant(scopeOf(exempt), exempt.getId(), YEAR, RuleCode.R03_TRAINING_HOURS,
                    ExemptionReason.LONG_ILLNESS, null, "支部委员会");
        });

        mvc.perform(get("/year-end/study-hours").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已豁免的")))
                .andExpect(content().string(not(containsString(cell(exempt.getName())))))
                .andExpect(content().string(not(containsString(cell(otherDistrict.getName())))));

        List<List<String>> rows = Xlsx.rows(export("/year-end/study-hours/export", "secretary1"));
        assertThat(rows.get(0)).containsExactly("所在组织", "党员", "已完成学时", "应完成", "还差");
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(short22.getOrganization().getName(),
                short22.getName(), "10.0", "32.0", "22.0"));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains(exempt.getName()));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains(otherDistrict.getName()));

        // the district officer narrowed to the branch sees the same member; another district is not found
        List<List<String>> branch = Xlsx.rows(export("/year-end/study-hours/export?org="
                + demo.org("JN010101").getId(), "lixia"));
        assertThat(branch).anySatisfy(r -> assertThat(r).contains(short22.getName()));
        mvc.perform(get("/year-end/study-hours?org=" + demo.org("JN02").getId()).with(demo.as("lixia")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/year-end/study-hours/export?org=" + demo.org("JN010102").getId())
                .with(demo.as("secretary1"))).andExpect(status().isNotFound());
    }

    @Test
    void theListsArePagedInSqlMostMissingFirst() throws Exception {
        Page<MemberFigure> first = pageOf(page(get("/year-end/study-hours").with(demo.as("city"))));
        assertThat(first.getTotalElements()).isGreaterThan(YearEndController.PAGE_SIZE);
        assertThat(first.getContent()).hasSize(YearEndController.PAGE_SIZE);
        Page<MemberFigure> second = pageOf(page(get("/year-end/study-hours?page=1").with(demo.as("city"))));
        assertThat(second.getNumber()).isEqualTo(1);
        assertThat(second.getContent()).isNotEmpty().doesNotContainAnyElementsOf(first.getContent());
        // most missing first, across the pages
        BigDecimal lastOfFirst = first.getContent().get(first.getContent().size() - 1).missing();
        assertThat(second.getContent().get(0).missing()).isLessThanOrEqualTo(lastOfFirst);
        assertThat(first.getContent().get(0).missing()).isGreaterThanOrEqualTo(lastOfFirst);
    }

    @Test
    void leadingCadresWithoutTheirLecturesAreListedAndOtherMembersAreNot() throws Exception {
        Member cadre = records.newMember("JN010101", new MemberFlags(true, false, null, false, false, null, false));
        Member plain = records.newMember("JN010101");

        mvc.perform(get("/year-end/lectures").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(cell(plain.getName())))));
        assertThat(Xlsx.rows(export("/year-end/lectures/export", "secretary1")))
                .anySatisfy(r -> assertThat(r).contains(cadre.getName()));
        List<List<String>> rows = Xlsx.rows(export("/year-end/lectures/export", "lixia"));
        assertThat(rows.get(0)).containsExactly("所在组织", "党员", "已讲党课（次）", "应完成", "还差");
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(cadre.getOrganization().getName(),
                cadre.getName(), "0", "2", "2"));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains(plain.getName()));
        mvc.perform(get("/year-end/lectures").with(demo.as("secretary2")))
                .andExpect(content().string(not(containsString(cell(cadre.getName())))));
    }

    @Test
    void anOverdueTalkIsListedWithItsEventAndAOneTapLinkToTheTalkForm() throws Exception {
        Member member = records.newMember("JN010101");
        // long overdue, so that it heads the branch's list whatever other tests left there
        LocalDate event = TODAY.minusDays(200);
        AuditActor.runAs("test", () -> members.recordEvent(scopeOf(member), member.getId(),
                MemberEventKind.TENDENCY_PROBLEM, event, "年终清单测试"));
        Obligation talk = obligations.findByMember(member.getId()).stream()
                .filter(o -> o.getRule() == RuleCode.R08_TALK_ON_EVENT).findFirst().orElseThrow();
        LocalDate due = talk.getDueDate();
        assertThat(due).isEqualTo(event.plusDays(15));
        int year = due.getYear();

        mvc.perform(get("/year-end/talks?year=" + year).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(cell(member.getName()))))
                .andExpect(content().string(containsString("/talks/new?obligation=" + talk.getId())))
                .andExpect(content().string(containsString("教育帮助谈话")));
        mvc.perform(get("/year-end/talks?year=" + year).with(demo.as("secretary2")))
                .andExpect(content().string(not(containsString(cell(member.getName())))));

        List<List<String>> rows = Xlsx.rows(export("/year-end/talks/export?year=" + year, "secretary1"));
        assertThat(rows.get(0)).containsExactly("所在组织", "党员", "事由", "事由日期", "应开展的谈话", "期限", "逾期天数");
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(member.getOrganization().getName(),
                member.getName(), "发现倾向性问题", event.toString(), "教育帮助谈话", due.toString(), "185"));

        // the talk logged from the link takes the member off the list
        mvc.perform(post("/talks").with(demo.as("secretary1")).with(csrf())
                        .param("memberId", member.getId().toString()).param("date", TODAY.toString())
                        .param("kind", "EDUCATION").param("talkerName", "张伟").param("talkerPost", "BRANCH_SECRETARY")
                        .param("token", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/year-end/talks?year=" + year).with(demo.as("secretary1")))
                .andExpect(content().string(not(containsString(cell(member.getName())))));
    }

    @Test
    void theIndexCountsComeFromTheSummariesAndAgreeWithTheLists() throws Exception {
        Member member = records.newMember("JN010102");
        AuditActor.runAs("test", () -> members.recordEvent(scopeOf(member), member.getId(),
                MemberEventKind.POST_CHANGED, TODAY.minusDays(35), "年终清单测试"));

        // the talk fell due five days ago: count in the year it fell due (summarized, even in early January)
        int dueYear = TODAY.minusDays(5).getYear();
        if (!compliance.built(dueYear)) {
            compliance.build(dueYear);
        }
        String year = "?year=" + dueYear;
        MvcResult index = mvc.perform(get("/year-end" + year).with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("学习培训未达学时的党员")))
                .andExpect(content().string(containsString("讲党课未达次数的党员领导干部")))
                .andExpect(content().string(containsString("逾期未开展的“三必谈”")))
                .andExpect(content().string(containsString("本次走访慰问尚未走访的困难党员")))
                .andExpect(content().string(containsString("跟踪走访逾期的因公殉职牺牲党员家庭")))
                .andExpect(content().string(containsString("尚未颁发“光荣在党50年”纪念章的党员")))
                .andReturn();
        YearEndCounts counts = (YearEndCounts) index.getModelAndView().getModel().get("counts");
        assertThat(counts.summarized()).isTrue();
        assertThat(counts.overdueTalks()).isPositive()
                .isEqualTo(pageOf(page(get("/year-end/talks" + year).with(demo.as("lixia")))).getTotalElements());
        assertThat(counts.overdueFollowUps()).isEqualTo(
                pageOf(page(get("/year-end/casualty-follow-ups" + year).with(demo.as("lixia")))).getTotalElements());
        assertThat(counts.belowStudyHours()).isEqualTo(
                pageOf(page(get("/year-end/study-hours" + year).with(demo.as("lixia")))).getTotalElements());
        assertThat(counts.withoutLectures()).isEqualTo(
                pageOf(page(get("/year-end/lectures" + year).with(demo.as("lixia")))).getTotalElements());
        assertThat(counts.medalCandidates()).isEqualTo(
                pageOf(page(get("/year-end/medals" + year).with(demo.as("lixia")))).getTotalElements());
        // narrowed to a branch, the index counts the branch only; outside the scope it is not found
        YearEndCounts branch = (YearEndCounts) page(get("/year-end" + year + "&org=" + demo.org("JN010102").getId())
                .with(demo.as("lixia"))).getModelAndView().getModel().get("counts");
        assertThat(branch.overdueTalks()).isLessThanOrEqualTo(counts.overdueTalks());
        mvc.perform(get("/year-end?org=" + demo.org("JN02").getId()).with(demo.as("lixia")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/year-end?org=" + demo.org("JN010102").getId()).with(demo.as("secretary1")))
                .andExpect(status().isNotFound());
        // a year no record can be in is a page that does not exist
        mvc.perform(get("/year-end/talks?year=123456").with(demo.as("lixia"))).andExpect(status().isNotFound());
    }

    @Test
    void hardshipMembersNotVisitedInTheCampaignAreListedAndEachReadIsLogged() throws Exception {
        Member owed = records.newMember("JN010102");
        Member visited = records.newMember("JN010102");
        Member outsideCampaign = records.newMember("JN010101");
        registerHardship(owed);
        registerHardship(visited);
        registerHardship(outsideCampaign);
        DataScope branch = DataScope.of(demo.org("JN010102"));
        LocalDate start = TODAY.minusDays(5);
        long[] id = new long[1];
        AuditActor.runAs("test", () -> {
            id[0] = campaigns.plan(branch, UUID.randomUUID(), new CampaignDetails("年终清单测试慰问" + owed.getId(),
                    start, TODAY.plusDays(10), EnumSet.of(TargetGroup.HARDSHIP), null, Set.of(), BigDecimal.ZERO,
                    null, null));
            campaigns.open(branch, id[0], 0);
            visits.log(branch, UUID.randomUUID(), visited.getId(), new VisitDetails(TODAY, VisitKind.HOLIDAY,
                    "支部书记", false, null, null, null, null, null));
        });
        // registered after the campaign opened: not on its list; one of them had a holiday visit anyway
        Member offList = records.newMember("JN010102");
        Member offListVisited = records.newMember("JN010102");
        registerHardship(offList);
        registerHardship(offListVisited);
        AuditActor.runAs("test", () -> visits.log(branch, UUID.randomUUID(), offListVisited.getId(),
                new VisitDetails(TODAY, VisitKind.HOLIDAY, "支部书记", false, null, null, null, null, null)));
        long owedVisit = obligations.findByMember(owed.getId()).stream()
                .filter(o -> o.getCampaignId() != null && o.getCampaignId() == id[0]).findFirst().orElseThrow().getId();
        String query = "?year=" + start.getYear() + "&campaign=" + id[0];
        long readsBefore = reads.countByMemberIdAndRecordType(owed.getId(), HardshipService.SENSITIVE_TYPE);

        for (String user : List.of("secretary2", "lixia")) {
            mvc.perform(get("/year-end/hardship-visits" + query).with(demo.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(cell(owed.getName()))))
                    .andExpect(content().string(containsString("/visits/new?obligation=" + owedVisit)))
                    .andExpect(content().string(containsString(cell(offList.getName()))))
                    .andExpect(content().string(containsString("/visits/new?member=" + offList.getId()
                            + "&amp;kind=HOLIDAY")))
                    .andExpect(content().string(not(containsString(cell(visited.getName())))))
                    .andExpect(content().string(not(containsString(cell(offListVisited.getName())))))
                    .andExpect(content().string(not(containsString(cell(outsideCampaign.getName())))));
        }
        assertThat(reads.countByMemberIdAndRecordType(owed.getId(), HardshipService.SENSITIVE_TYPE))
                .isEqualTo(readsBefore + 2);
        // the officer narrowed to the branch sees the same; the neighbouring branch's secretary cannot name it
        mvc.perform(get("/year-end/hardship-visits" + query + "&org=" + demo.org("JN010102").getId())
                        .with(demo.as("lixia")))
                .andExpect(content().string(containsString(cell(owed.getName()))));
        mvc.perform(get("/year-end/hardship-visits" + query).with(demo.as("secretary1")))
                .andExpect(status().isNotFound());

        List<List<String>> rows = Xlsx.rows(export("/year-end/hardship-visits/export" + query, "lixia"));
        assertThat(rows.get(0)).containsExactly("所在组织", "党员", "列入困难党员库日期", "走访情况", "期限");
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(owed.getOrganization().getName(),
                owed.getName(), TODAY.minusMonths(2).toString(), "未走访", TODAY.plusDays(10).toString()));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(offList.getOrganization().getName(),
                offList.getName(), TODAY.minusMonths(2).toString(), "未列入活动名单", ""));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains(visited.getName()));
        assertThat(reads.countByMemberIdAndRecordType(owed.getId(), HardshipService.SENSITIVE_TYPE))
                .isEqualTo(readsBefore + 4);
    }

    @Test
    void aYearWithoutAHardshipCampaignSaysSoAndTheOfficerGetsALinkToTheCampaigns() throws Exception {
        mvc.perform(get("/year-end/hardship-visits?year=2099").with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2099年度没有面向困难党员")))
                .andExpect(content().string(containsString("前往走访慰问活动")));
        mvc.perform(get("/year-end/hardship-visits?year=2099").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2099年度没有面向困难党员")))
                .andExpect(content().string(not(containsString("前往走访慰问活动"))));
        assertThat(Xlsx.rows(export("/year-end/hardship-visits/export?year=2099", "lixia"))).hasSize(1);
    }

    @Test
    void casualtyFamiliesOverdueForFollowUpAreListedWithTheFamilyAndEachReadIsLogged() throws Exception {
        Member member = records.newMember("JN010101");
        LocalDate diedOn = TODAY.minusMonths(8);
        long[] caseId = new long[1];
        AuditActor.runAs("test", () -> {
            DataScope scope = scopeOf(member);
            caseId[0] = casualties.open(scope, UUID.randomUUID(), member.getId(), new CasualtyDetails(
                    CasualtyKind.DIED_ON_DUTY, diedOn, DeathCause.LINE_OF_DUTY, null, null, false, null, null,
                    "年终测试专人", "13900000000", diedOn.plusDays(3), null));
            casualties.addFamilyMember(scope, UUID.randomUUID(), caseId[0], new FamilyMemberDetails(
                    FamilyRelation.SPOUSE, "年终测试配偶" + member.getId(), 1980, null, null, null, null));
        });
        Obligation followUp = obligations.findByMember(member.getId()).stream()
                .filter(o -> o.getRule() == RuleCode.R28_FAMILY_FOLLOW_UP).findFirst().orElseThrow();
        LocalDate due = followUp.getDueDate();
        int year = due.getYear();
        long readsBefore = reads.countByMemberIdAndRecordType(member.getId(), CasualtyService.SENSITIVE_TYPE);

        MvcResult shown = mvc.perform(get("/year-end/casualty-follow-ups?year=" + year).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(cell(member.getName()))))
                .andExpect(content().string(containsString("配偶 年终测试配偶" + member.getId())))
                .andExpect(content().string(containsString("/casualty/" + caseId[0] + "/follow-ups/new")))
                .andExpect(content().string(containsString("尚未走访")))
                .andReturn();
        OverdueFollowUp row = YearEndPagesTest.<OverdueFollowUp>pageOf(shown).getContent().stream()
                .filter(r -> r.caseId() == caseId[0]).findFirst().orElseThrow();
        assertThat(row.daysOverdue()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(due, TODAY));
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), CasualtyService.SENSITIVE_TYPE))
                .isEqualTo(readsBefore + 1);
        mvc.perform(get("/year-end/casualty-follow-ups?year=" + year).with(demo.as("secretary2")))
                .andExpect(content().string(not(containsString(cell(member.getName())))));
        mvc.perform(get("/year-end/casualty-follow-ups?org=" + demo.org("JN02").getId()).with(demo.as("lixia")))
                .andExpect(status().isNotFound());

        List<List<String>> rows = Xlsx.rows(export("/year-end/casualty-follow-ups/export?year=" + year, "lixia"));
        assertThat(rows.get(0)).containsExactly("所在组织", "殉职（牺牲）党员", "殉职（牺牲）日期", "家属", "负责专人",
                "专人电话", "上次跟踪走访", "期限", "逾期天数");
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(member.getOrganization().getName(),
                member.getName(), diedOn.toString(), "配偶 年终测试配偶" + member.getId(), "年终测试专人", "13900000000",
                "", due.toString(), Long.toString(row.daysOverdue())));
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), CasualtyService.SENSITIVE_TYPE))
                .isEqualTo(readsBefore + 2);
    }

    @Test
    void medalCandidatesNotYetAwardedAreListedAndOnlyTheOfficerGetsTheAwardLink() throws Exception {
        Member candidate = records.newMember("JN010101", LocalDate.of(1930, 1, 1));
        Member awarded = records.newMember("JN010101", LocalDate.of(1930, 2, 1));
        mvc.perform(post("/medals/award").with(demo.as("lixia")).with(csrf())
                        .param("year", Integer.toString(YEAR)).param("awardedOn", TODAY.toString())
                        .param("awardingBody", "中共中央").param("memberIds", awarded.getId().toString())
                        .param("token", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        String awardLink = "/medals?year=" + YEAR + "&amp;org=" + demo.org("JN010101").getId();

        mvc.perform(get("/year-end/medals").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(cell(candidate.getName()))))
                .andExpect(content().string(not(containsString(cell(awarded.getName())))))
                .andExpect(content().string(not(containsString(awardLink))));
        mvc.perform(get("/year-end/medals?org=" + demo.org("JN010101").getId()).with(demo.as("lixia")))
                .andExpect(content().string(containsString(cell(candidate.getName()))))
                .andExpect(content().string(containsString(awardLink)));

        List<List<String>> rows = Xlsx.rows(export("/year-end/medals/export", "secretary1"));
        assertThat(rows.get(0)).containsExactly("所在组织", "党员", "入党日期", "转正日期", "计算日党龄（年）");
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(candidate.getOrganization().getName(),
                candidate.getName(), "1929-01-01", "1930-01-01", Integer.toString(YEAR - 1930)));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains(awarded.getName()));
    }

    private void registerHardship(Member member) {
        AuditActor.runAs("test", () -> hardship.register(scopeOf(member), UUID.randomUUID(), member.getId(),
                new HardshipDetails(EnumSet.of(HardshipCategory.LIVING_DIFFICULTY), TODAY.minusMonths(2),
                        "年终清单测试：家庭收入低。", null, TODAY.plusMonths(4))));
    }
}
