package cn.jinan.care.web.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.casualty.CasualtyCase;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberStatus;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.obligation.ObligationStatus;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.persistence.audit.SensitiveReadRepository;
import cn.jinan.care.persistence.casualty.CasualtyCaseRepository;
import cn.jinan.care.persistence.casualty.CasualtyFamilyMemberRepository;
import cn.jinan.care.persistence.casualty.CasualtyService;
import cn.jinan.care.persistence.member.MemberRepository;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CareWebTest
class CasualtyPagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private CasualtyCaseRepository cases;
    @Autowired
    private CasualtyFamilyMemberRepository family;
    @Autowired
    private MemberRepository members;
    @Autowired
    private ObligationService obligations;
    @Autowired
    private SensitiveReadRepository reads;

    private MockHttpServletRequestBuilder openDied(Member member, LocalDate death) {
        return post("/casualty").with(demo.as("secretary1")).with(csrf())
                .param("memberId", member.getId().toString())
                .param("kind", "DIED_ON_DUTY")
                .param("eventDate", death.toString())
                .param("cause", "LINE_OF_DUTY")
                .param("responsiblePerson", "王建华")
                .param("responsiblePhone", "13905310001")
                .param("openedOn", TODAY.toString())
                .param("notes", "抗洪抢险中因公殉职")
                .param("token", UUID.randomUUID().toString());
    }

    private CasualtyCase opened(Member member, LocalDate death) throws Exception {
        mvc.perform(openDied(member, death)).andExpect(status().is3xxRedirection());
        List<CasualtyCase> found = cases.findByMember(member.getId());
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<Obligation> chain(Member member) {
        return obligations.forMember(member.getId()).stream()
                .filter(o -> o.getRule() == RuleCode.R28_FAMILY_FOLLOW_UP)
                .sorted(Comparator.comparing(Obligation::getDueDate)).toList();
    }

    private MockHttpServletRequestBuilder addFamily(CasualtyCase c, String relation, String name, String year,
            String needs) {
        return post("/casualty/" + c.getId() + "/family").with(demo.as("secretary1")).with(csrf())
                .param("relation", relation).param("name", name).param("birthYear", year)
                .param("incomeSource", "社区公益岗位").param("medical", "身体健康")
                .param("schoolingOrEmployment", needs).param("token", UUID.randomUUID().toString());
    }

    @Test
    void aSecretaryFilesADeathOnDutyWithTheFamilyAndTheDetailReadIsLogged() throws Exception {
        Member member = records.newMember("JN010101");
        CasualtyCase c = opened(member, TODAY.minusMonths(1));

        assertThat(members.findById(member.getId()).orElseThrow().getStatus()).isEqualTo(MemberStatus.DECEASED);
        assertThat(chain(member)).extracting(Obligation::getDueDate).containsExactly(TODAY.minusMonths(1)
                .plusMonths(6));
        mvc.perform(addFamily(c, "SPOUSE", "张丽华", "1985", "希望调整工作时间")).andExpect(status().is3xxRedirection());
        mvc.perform(addFamily(c, "CHILD", "周小轩", "2015", "明年升入初中，需协调就近入学"))
                .andExpect(status().is3xxRedirection());
        assertThat(family.findByCase(c.getId())).hasSize(2);

        long before = reads.countByMemberIdAndRecordType(member.getId(), CasualtyService.SENSITIVE_TYPE);
        mvc.perform(get("/casualty/" + c.getId()).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("张丽华")))
                .andExpect(content().string(containsString("明年升入初中，需协调就近入学")))
                .andExpect(content().string(containsString("因公殉职")));
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), CasualtyService.SENSITIVE_TYPE))
                .isEqualTo(before + 1);
        mvc.perform(get("/casualty").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.getName())))
                .andExpect(content().string(not(containsString("明年升入初中"))));
        mvc.perform(get("/audit/reads").with(demo.as("auditor")))
                .andExpect(content().string(containsString("因公殉职牺牲伤残党员档案")));
    }

    @Test
    void aFollowUpFulfilsTheOpenOneAndTheNextFallsDueSixMonthsLater() throws Exception {
        Member member = records.newMember("JN010101");
        LocalDate death = TODAY.minusMonths(7);
        CasualtyCase c = opened(member, death);
        mvc.perform(get("/casualty").with(demo.as("secretary1")))
                .andExpect(content().string(containsString("/casualty/" + c.getId() + "/follow-ups/new")));

        mvc.perform(post("/casualty/" + c.getId() + "/follow-ups").with(demo.as("secretary1")).with(csrf())
                        .param("date", TODAY.toString()).param("byWhom", "王建华")
                        .param("findings", "母亲慢性病用药负担较重").param("helpKind", "LIVING_ALLOWANCE")
                        .param("helpGiven", "送去生活补助金").param("amount", "3000").param("fundingSource", "PARTY_FEES")
                        .param("token", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("fulfilledRule", "R28-FAMILY-FOLLOW-UP"))
                .andExpect(flash().attribute("fulfilledLate", true));

        assertThat(chain(member)).extracting(Obligation::getStatus, Obligation::getDueDate).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ObligationStatus.FULFILLED, death.plusMonths(6)),
                org.assertj.core.groups.Tuple.tuple(ObligationStatus.OPEN, TODAY.plusMonths(6)));
        mvc.perform(get("/casualty").param("overdue", "true").with(demo.as("secretary1")))
                .andExpect(content().string(not(containsString(member.getName()))));
        mvc.perform(get("/casualty/" + c.getId()).with(demo.as("secretary1")))
                .andExpect(content().string(containsString("母亲慢性病用药负担较重")))
                .andExpect(content().string(containsString("留存党费")));
    }

    @Test
    void moneyWithoutAFundingSourceIsRefusedNextToItWithTheInputKept() throws Exception {
        Member member = records.newMember("JN010101");
        CasualtyCase c = opened(member, TODAY.minusMonths(2));
        mvc.perform(post("/casualty/" + c.getId() + "/follow-ups").with(demo.as("secretary1")).with(csrf())
                        .param("date", TODAY.toString()).param("byWhom", "王建华")
                        .param("findings", "孩子学习情况良好").param("helpKind", "SCHOOLING").param("amount", "500")
                        .param("token", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "fundingSource",
                        "casualty.funding-source.required"))
                .andExpect(content().string(containsString("孩子学习情况良好")));
        assertThat(chain(member)).singleElement().extracting(Obligation::getStatus).isEqualTo(ObligationStatus.OPEN);
    }

    @Test
    void anotherBranchesSecretaryGetsNotFoundAndTheDistrictSeesIt() throws Exception {
        Member member = records.newMember("JN010101");
        CasualtyCase c = opened(member, TODAY.minusMonths(1));
        long before = reads.countByMemberIdAndRecordType(member.getId(), CasualtyService.SENSITIVE_TYPE);

        for (String suffix : List.of("", "/edit", "/history", "/family/new", "/follow-ups/new", "/close")) {
            mvc.perform(get("/casualty/" + c.getId() + suffix).with(demo.as("secretary2")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/casualty/" + c.getId() + "/follow-ups").with(demo.as("secretary2")).with(csrf())
                        .param("date", TODAY.toString()).param("byWhom", "刘芳").param("findings", "越权登记"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/casualty").param("state", "ALL").with(demo.as("secretary2")))
                .andExpect(content().string(not(containsString(member.getName()))));
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), CasualtyService.SENSITIVE_TYPE))
                .isEqualTo(before);
        assertThat(chain(member)).singleElement().extracting(Obligation::getStatus).isEqualTo(ObligationStatus.OPEN);

        mvc.perform(get("/casualty/" + c.getId()).with(demo.as("lixia"))).andExpect(status().isOk());
        mvc.perform(get("/casualty").param("org", demo.org("JN010101").getId().toString())
                        .with(demo.as("lixia")))
                .andExpect(content().string(containsString(member.getName())));
        mvc.perform(get("/casualty").param("org", demo.org("JN010102").getId().toString())
                        .with(demo.as("lixia")))
                .andExpect(content().string(not(containsString(member.getName()))));
    }

    @Test
    void aFormWithoutAResponsiblePersonIsRefusedWithTheInputKept() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(post("/casualty").with(demo.as("secretary1")).with(csrf())
                        .param("memberId", member.getId().toString()).param("kind", "DISABLED_ON_DUTY")
                        .param("eventDate", TODAY.minusYears(1).toString()).param("disabilityGrade", "6")
                        .param("disabilityDescription", "执行消防任务时腿部严重受伤")
                        .param("openedOn", TODAY.toString()).param("token", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "responsiblePerson"))
                .andExpect(content().string(containsString("执行消防任务时腿部严重受伤")));
        mvc.perform(post("/casualty").with(demo.as("secretary1")).with(csrf())
                        .param("memberId", member.getId().toString()).param("kind", "DISABLED_ON_DUTY")
                        .param("eventDate", TODAY.minusYears(1).toString()).param("disabilityGrade", "11")
                        .param("disabilityDescription", "伤残等级填错")
                        .param("responsiblePerson", "王建华")
                        .param("openedOn", TODAY.toString()).param("token", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "disabilityGrade",
                        "casualty.disability-grade.range"))
                .andExpect(content().string(containsString("伤残等级应为1至10级")))
                .andExpect(content().string(containsString("伤残等级填错")));
        assertThat(cases.findByMember(member.getId())).isEmpty();
        assertThat(members.findById(member.getId()).orElseThrow().getStatus()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void aDeathBeforeTheMemberWasAdmittedIsRefusedOnTheDateAndNothingIsRecorded() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(openDied(member, member.getAdmittedDate().minusDays(1)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "eventDate"))
                .andExpect(content().string(containsString("抗洪抢险中因公殉职")));
        assertThat(members.findById(member.getId()).orElseThrow().getStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(cases.findByMember(member.getId())).isEmpty();
    }

    @Test
    void theHistoryShowsEditsOfTheCaseAndOfTheFamily() throws Exception {
        Member member = records.newMember("JN010101");
        CasualtyCase c = opened(member, TODAY.minusMonths(1));
        mvc.perform(addFamily(c, "PARENT", "李秀英", "1950", null)).andExpect(status().is3xxRedirection());
        long parent = family.findByCase(c.getId()).get(0).getId();
        mvc.perform(post("/casualty/" + c.getId()).with(demo.as("secretary1")).with(csrf())
                        .param("memberId", member.getId().toString()).param("kind", "DIED_ON_DUTY")
                        .param("eventDate", c.getEventDate().toString()).param("cause", "LINE_OF_DUTY")
                        .param("responsiblePerson", "刘敏（社区党委委员）").param("openedOn", TODAY.toString())
                        .param("version", Long.toString(c.getVersion())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/casualty/" + c.getId() + "/family/" + parent + "/delete").with(demo.as("secretary1"))
                        .with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(family.findByCase(c.getId())).isEmpty();

        mvc.perform(get("/casualty/" + c.getId() + "/history").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("负责专人")))
                .andExpect(content().string(containsString("刘敏（社区党委委员）")))
                .andExpect(content().string(containsString("李秀英")))
                .andExpect(content().string(containsString("删除")));

        // the form the user read before the edit is stale now
        mvc.perform(post("/casualty/" + c.getId()).with(demo.as("secretary1")).with(csrf())
                        .param("memberId", member.getId().toString()).param("kind", "DIED_ON_DUTY")
                        .param("eventDate", c.getEventDate().toString()).param("cause", "LINE_OF_DUTY")
                        .param("responsiblePerson", "过期的表单").param("openedOn", TODAY.toString())
                        .param("version", Long.toString(c.getVersion())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("过期的表单")));
    }

    @Test
    void closingTheCaseWaivesTheOpenFollowUp() throws Exception {
        Member member = records.newMember("JN010101");
        CasualtyCase c = opened(member, TODAY.minusMonths(3));
        mvc.perform(post("/casualty/" + c.getId() + "/close").with(demo.as("secretary1")).with(csrf())
                        .param("closedOn", TODAY.toString()).param("closeReason", "家属已迁居外省，由当地党组织接续关爱")
                        .param("version", Long.toString(c.getVersion())))
                .andExpect(status().is3xxRedirection());
        assertThat(chain(member)).singleElement().satisfies(o -> {
            assertThat(o.getStatus()).isEqualTo(ObligationStatus.WAIVED);
            assertThat(o.getWaivedReason()).contains("家属已迁居外省");
        });
        mvc.perform(get("/casualty/" + c.getId()).with(demo.as("secretary1")))
                .andExpect(content().string(containsString("家属已迁居外省")))
                .andExpect(content().string(not(containsString("/casualty/" + c.getId() + "/follow-ups/new"))));
    }

    @Test
    void theDemoBranchShowsAFamilyWhoseFollowUpIsOverdueAndTheDistrictSeesTheMartyr() throws Exception {
        mvc.perform(get("/casualty").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("跟踪走访逾期")))
                .andExpect(content().string(containsString("因公伤残")));
        mvc.perform(get("/casualty").param("kind", "DIED_ON_DUTY").with(demo.as("lixia")))
                .andExpect(content().string(containsString("烈士")));
    }

    @Test
    void theRegisterExportsTheListsColumnsWithoutTheFamilysSituation() throws Exception {
        Member member = records.newMember("JN010101");
        opened(member, TODAY.minusMonths(2));
        byte[] body = mvc.perform(get("/casualty/export?org=" + demo.org("JN010101").getId()).with(demo.as("lixia")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = cn.jinan.care.web.support.Xlsx.rows(body);
        assertThat(rows.get(0)).contains("类别", "殉职、牺牲或伤残日期", "负责专人");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(member.getName(), TODAY.minusMonths(2).toString()));
        mvc.perform(get("/casualty/export?org=" + demo.org("JN010102").getId()).with(demo.as("secretary1")))
                .andExpect(status().isNotFound());
    }
}
