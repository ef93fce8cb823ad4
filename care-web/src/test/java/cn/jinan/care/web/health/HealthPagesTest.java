package cn.jinan.care.web.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.health.HealthCheck;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.obligation.ObligationStatus;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.persistence.audit.SensitiveReadRepository;
import cn.jinan.care.persistence.health.HealthCheckRepository;
import cn.jinan.care.persistence.health.HealthCheckService;
import cn.jinan.care.persistence.health.HealthCoverage;
import cn.jinan.care.persistence.obligation.FulfillingRecord;
import cn.jinan.care.persistence.obligation.ObligationRepository;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CareWebTest
class HealthPagesTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private ObligationRepository obligations;
    @Autowired
    private HealthCheckRepository checks;
    @Autowired
    private HealthCheckService healthChecks;
    @Autowired
    private SensitiveReadRepository reads;

    private MockHttpServletRequestBuilder check(String as, Member member, LocalDate date, boolean majorRisk) {
        return post("/health").with(demo.as(as)).with(csrf())
                .param("memberId", member.getId().toString())
                .param("year", String.valueOf(date.getYear()))
                .param("date", date.toString())
                .param("institution", "济南市中心医院")
                .param("majorRisk", String.valueOf(majorRisk))
                .param("findings", majorRisk ? "体检发现：冠状动脉重度狭窄，需及时复查。" : "未见异常")
                .param("token", UUID.randomUUID().toString());
    }

    private HealthCheck onlyCheckOf(Member member) {
        List<HealthCheck> found = checks.findByMember(member.getId());
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aMajorRiskCheckOpensAFollowUpObligationThatTheFollowUpFulfils() throws Exception {
        Member member = records.newMember("JN010101");
        LocalDate checked = LocalDate.now().minusDays(10);
        mvc.perform(check("secretary1", member, checked, true)).andExpect(status().is3xxRedirection());
        HealthCheck check = onlyCheckOf(member);

        List<Obligation> due = obligations.findByMember(member.getId());
        assertThat(due).hasSize(1);
        Obligation followUp = due.get(0);
        assertThat(followUp.getRule()).isEqualTo(RuleCode.R22_HEALTH_CHECK);
        assertThat(followUp.getAction()).isEqualTo(RequiredAction.HEALTH_FOLLOW_UP);
        assertThat(followUp.getStatus()).isEqualTo(ObligationStatus.OPEN);
        assertThat(followUp.getDueDate()).isEqualTo(checked.plusDays(30));

        // the to-do button opens the follow-up form of that check
        mvc.perform(get("/").with(demo.as("secretary1")))
                .andExpect(content().string(containsString("/health/follow-ups/new?obligation=" + followUp.getId())));
        mvc.perform(get("/health/follow-ups/new").param("obligation", followUp.getId().toString())
                        .with(demo.as("secretary1")))
                .andExpect(redirectedUrl("/health/" + check.getId() + "/follow-ups/new"));
        mvc.perform(get("/health/" + check.getId() + "/follow-ups/new").with(demo.as("secretary1")))
                .andExpect(status().isOk());

        mvc.perform(post("/health/" + check.getId() + "/follow-ups").with(demo.as("secretary1")).with(csrf())
                        .param("date", LocalDate.now().toString())
                        .param("byWhom", "张伟")
                        .param("notes", "已陪同到医院复查，病情稳定。")
                        .param("token", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/health/" + check.getId()));
        Obligation done = obligations.findById(followUp.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(done.getFulfilledByType()).isEqualTo(FulfillingRecord.HEALTH);
    }

    @Test
    void aCheckWithoutMajorRiskOpensNothing() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(check("secretary1", member, LocalDate.now().minusDays(3), false))
                .andExpect(status().is3xxRedirection());
        onlyCheckOf(member);
        assertThat(obligations.findByMember(member.getId())).isEmpty();
    }

    @Test
    void aSecondCheckOfTheSameYearIsRefused() throws Exception {
        Member member = records.newMember("JN010101");
        LocalDate first = LocalDate.now().minusDays(2);
        mvc.perform(check("secretary1", member, first, false)).andExpect(status().is3xxRedirection());
        mvc.perform(check("secretary1", member, first, true))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "year", "health.year.taken"));
        assertThat(onlyCheckOf(member).isMajorRisk()).isFalse();
        assertThat(obligations.findByMember(member.getId())).isEmpty();
    }

    @Test
    void coverageCountsActiveMembersAndTheCheckedOnesPerChildOrganization() throws Exception {
        int year = 2020;
        DataScope district = DataScope.of(demo.org("JN01"));
        long street = demo.org("JN0101").getId();
        HealthCoverage before = row(healthChecks.coverage(district, year), street);

        Member checkedMember = records.newMember("JN010101");
        records.newMember("JN010101");
        mvc.perform(check("secretary1", checkedMember, LocalDate.of(year, 6, 1), false))
                .andExpect(status().is3xxRedirection());

        List<HealthCoverage> after = healthChecks.coverage(district, year);
        assertThat(after.get(0).total()).isTrue();
        assertThat(after.get(0).organizationId()).isEqualTo(demo.org("JN01").getId());
        HealthCoverage row = row(after, street);
        assertThat(row.activeMembers()).isEqualTo(before.activeMembers() + 2);
        assertThat(row.checked()).isEqualTo(before.checked() + 1);
        assertThat(row.ratePercent()).isNotNull();

        mvc.perform(get("/health").param("year", String.valueOf(year)).with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-org=\"JN0101\"")))
                .andExpect(content().string(containsString(checkedMember.getName())));
    }

    @Test
    void theDetailPageLogsTheReadAndAnotherBranchGets404() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(check("secretary1", member, LocalDate.now().minusDays(1), true))
                .andExpect(status().is3xxRedirection());
        HealthCheck check = onlyCheckOf(member);
        long before = reads.countByMemberIdAndRecordType(member.getId(), HealthCheckService.SENSITIVE_TYPE);
        mvc.perform(get("/health/" + check.getId()).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("冠状动脉重度狭窄")));
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), HealthCheckService.SENSITIVE_TYPE))
                .isEqualTo(before + 1);
        mvc.perform(get("/health/" + check.getId()).with(demo.as("secretary2"))).andExpect(status().isNotFound());
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), HealthCheckService.SENSITIVE_TYPE))
                .isEqualTo(before + 1);
    }

    private static HealthCoverage row(List<HealthCoverage> rows, long organizationId) {
        return rows.stream().filter(r -> r.organizationId() == organizationId && !r.total()).findFirst()
                .orElseThrow(() -> new AssertionError("no coverage row for " + organizationId));
    }

    @Test
    void theYearsChecksExportWithoutFindingsAndFilterByOrganization() throws Exception {
        Member member = records.newMember("JN010101");
        LocalDate date = LocalDate.now().minusDays(3);
        mvc.perform(check("secretary1", member, date, true)).andExpect(status().is3xxRedirection());
        byte[] body = mvc.perform(get("/health/export?year=" + date.getYear() + "&org="
                        + demo.org("JN010101").getId()).with(demo.as("city")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = cn.jinan.care.web.support.Xlsx.rows(body);
        assertThat(rows.get(0)).containsExactly("所在组织", "党员", "日期", "体检机构");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(member.getName(), date.toString(), "济南市中心医院"));
        assertThat(rows).noneSatisfy(r -> assertThat(String.join("", r)).contains("冠状动脉"));
        // the list names who was checked, not who was found at risk (health data: on the logged detail page only)
        mvc.perform(get("/health?year=" + date.getYear()).with(demo.as("secretary1")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<th>重大健康风险</th>"))));
        mvc.perform(get("/health?year=" + date.getYear() + "&org=" + demo.org("JN010102").getId())
                        .with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(member.getName()))));
    }
}
