package cn.jinan.care.web.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.fairness.AccountabilityCase;
import cn.jinan.care.domain.fairness.AccountabilityStatus;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.obligation.ObligationStatus;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.persistence.audit.SensitiveReadRepository;
import cn.jinan.care.persistence.fairness.AccountabilityCaseRepository;
import cn.jinan.care.persistence.fairness.AccountabilityService;
import cn.jinan.care.persistence.obligation.ObligationRepository;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import cn.jinan.care.web.support.Xlsx;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** 第18条 in the browser: rectification first, the four musts as a checklist that blocks the decision, evaluation. */
@CareWebTest
class AccountabilityPagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private AccountabilityCaseRepository cases;
    @Autowired
    private ObligationRepository obligations;
    @Autowired
    private SensitiveReadRepository reads;

    private long open(Member member) throws Exception {
        String location = mvc.perform(post("/accountability").with(demo.as("lixia")).with(csrf())
                        .param("memberId", member.getId().toString())
                        .param("foundOn", TODAY.minusDays(40).toString())
                        .param("problem", "防汛物资台账与实物不符")
                        .param("rectificationOrderedOn", TODAY.minusDays(39).toString())
                        .param("rectificationDeadline", TODAY.minusDays(10).toString())
                        .param("rectificationRequirements", "清点物资，补齐台账")
                        .param("token", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long version(long id) {
        return cases.findById(id).orElseThrow().getVersion();
    }

    private void step(long id, String step, String... params) throws Exception {
        var request = post("/accountability/" + id + "/" + step).with(demo.as("lixia")).with(csrf())
                .param("version", Long.toString(version(id)));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private long inProceedings(Member member) throws Exception {
        long id = open(member);
        step(id, "rectification", "rectificationResultOn", TODAY.minusDays(9).toString(),
                "rectificationResult", "逾期未完成清点", "rectificationSufficient", "false");
        return id;
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder decide(long id) {
        return post("/accountability/" + id + "/decide").with(demo.as("lixia")).with(csrf())
                .param("version", Long.toString(version(id)))
                .param("outcome", "LIGHTENED").param("lossRemediable", "true").param("measure", "诫勉谈话")
                .param("decidedOn", TODAY.toString()).param("decidedBy", "区纪委")
                .param("decisionReasons", "未造成大的损失，整改态度端正");
    }

    @Test
    void aDecisionBeforeTheThreeMustsIsRefusedNextToTheChecklistWithTheInputKept() throws Exception {
        Member member = records.newMember("JN010101");
        long id = inProceedings(member);
        step(id, "statement", "statementOn", TODAY.minusDays(8).toString(), "statement", "承认疏于检查",
                "fault", "NEGLIGENCE");

        String page = mvc.perform(decide(id))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("“凡问四必”的前三项未全部做到，不能作出问责决定")))
                .andExpect(content().string(containsString("未造成大的损失，整改态度端正")))
                .andExpect(content().string(containsString("区纪委")))
                .andReturn().getResponse().getContentAsString();
        // the refusal comes right after the checklist, which marks the two musts missing and the statement done
        int checklist = page.indexOf("id=\"four-musts\"");
        int refusal = page.indexOf("musts-refusal");
        assertThat(checklist).isPositive();
        assertThat(refusal).isGreaterThan(checklist);
        assertThat(page.substring(checklist, refusal)).contains("（二）听取所在单位党组织意见和群众意见", "缺少", "已做到",
                "还有2项“必须”未做到");
        AccountabilityCase c = cases.findById(id).orElseThrow();
        assertThat(c.getStatus()).isEqualTo(AccountabilityStatus.PROCEEDINGS);
        assertThat(c.getOutcome()).isNull();
        assertThat(obligations.findByMember(member.getId())).noneMatch(o -> o.getRule() == RuleCode.R18_FOUR_MUSTS);
    }

    @Test
    void theDecisionOpensTheEffectEvaluationWhichTheEvaluationFulfils() throws Exception {
        Member member = records.newMember("JN010101");
        long id = inProceedings(member);
        step(id, "statement", "statementOn", TODAY.minusDays(8).toString(), "statement", "承认疏于检查",
                "fault", "NEGLIGENCE");
        step(id, "opinions", "opinionsOn", TODAY.minusDays(7).toString(), "organizationOpinion", "一贯表现较好",
                "massesOpinion", "群众反映工作认真");
        step(id, "policy-opinion", "policyOpinionOn", TODAY.minusDays(6).toString(), "policyDepartment", "市应急局",
                "policyOpinion", "适用防汛物资管理办法");
        mvc.perform(decide(id)).andExpect(status().is3xxRedirection());

        List<Obligation> due = obligations.findByMember(member.getId()).stream()
                .filter(o -> o.getRule() == RuleCode.R18_FOUR_MUSTS).toList();
        assertThat(due).singleElement().satisfies(o -> {
            assertThat(o.getAction()).isEqualTo(RequiredAction.EFFECT_EVALUATION);
            assertThat(o.getStatus()).isEqualTo(ObligationStatus.OPEN);
            assertThat(o.getDueDate()).isEqualTo(TODAY.plusDays(90));
        });
        mvc.perform(get("/accountability").with(demo.as("lixia")))
                .andExpect(content().string(containsString("/accountability/" + id + "/evaluate")));
        // the discipline obligation stays off the branch secretary's to-do list and the member page
        mvc.perform(get("/members/" + member.getId()).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("问责效果评估"))));

        step(id, "evaluate", "evaluatedOn", TODAY.toString(), "evaluation", "整改成效巩固，未再发生同类问题");
        Obligation fulfilled = obligations.findById(due.get(0).getId()).orElseThrow();
        assertThat(fulfilled.getStatus()).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(fulfilled.fulfilledBy(AccountabilityService.RECORD_TYPE, id)).isTrue();
        assertThat(cases.findById(id).orElseThrow().getStatus()).isEqualTo(AccountabilityStatus.EVALUATED);
        mvc.perform(get("/accountability").with(demo.as("lixia")))
                .andExpect(content().string(not(containsString("/accountability/" + id + "/evaluate"))));
    }

    @Test
    void aMustCannotBeHeardBeforeTheRectificationFellShort() throws Exception {
        long id = open(records.newMember("JN010101"));
        mvc.perform(post("/accountability/" + id + "/statement").with(demo.as("lixia")).with(csrf())
                        .param("version", Long.toString(version(id))).param("statementOn", TODAY.toString())
                        .param("statement", "提前陈述保留").param("fault", "INTENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("须按程序依次办理")))
                .andExpect(content().string(containsString("提前陈述保留")));
    }

    @Test
    void aStatementWithoutTheFaultIsRefusedNextToIt() throws Exception {
        long id = inProceedings(records.newMember("JN010101"));
        mvc.perform(post("/accountability/" + id + "/statement").with(demo.as("lixia")).with(csrf())
                        .param("version", Long.toString(version(id))).param("statementOn", TODAY.toString())
                        .param("statement", "陈述内容保留"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "fault", "accountability.fault.required"))
                .andExpect(content().string(containsString("陈述内容保留")));
    }

    @Test
    void aDeadlineBeforeTheOrderIsAFieldErrorWithTheInputKept() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(post("/accountability").with(demo.as("lixia")).with(csrf())
                        .param("memberId", member.getId().toString()).param("foundOn", TODAY.toString())
                        .param("problem", "问题描述保留").param("rectificationOrderedOn", TODAY.toString())
                        .param("rectificationDeadline", TODAY.minusDays(1).toString())
                        .param("rectificationRequirements", "整改要求"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "rectificationDeadline",
                        "accountability.deadline.not-after-order"))
                .andExpect(content().string(containsString("问题描述保留")));
    }

    @Test
    void readsAreLoggedOnlyInScopeAndTheHistoryShowsTheSteps() throws Exception {
        Member member = records.newMember("JN010101");
        long id = inProceedings(member);
        long before = reads.countByMemberIdAndRecordType(member.getId(), AccountabilityService.SENSITIVE_TYPE);
        mvc.perform(get("/accountability/" + id).with(demo.as("secretary1"))).andExpect(status().isForbidden());
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), AccountabilityService.SENSITIVE_TYPE))
                .isEqualTo(before);
        mvc.perform(get("/accountability/" + id).with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("防汛物资台账与实物不符")));
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), AccountabilityService.SENSITIVE_TYPE))
                .isEqualTo(before + 1);
        mvc.perform(get("/accountability/" + id + "/history").with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("整改情况")))
                .andExpect(content().string(containsString("逾期未完成清点")));
    }

    @Test
    void theListAndExportFollowTheScopeAndTheOrganizationFilter() throws Exception {
        Member own = records.newMember("JN010101");
        Member other = records.newMember("JN020101");
        open(own);
        mvc.perform(post("/accountability").with(demo.as("city")).with(csrf())
                        .param("memberId", other.getId().toString()).param("foundOn", TODAY.toString())
                        .param("problem", "其他区的问题").param("rectificationOrderedOn", TODAY.toString())
                        .param("rectificationDeadline", TODAY.plusDays(10).toString())
                        .param("rectificationRequirements", "整改").param("token", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/accountability").param("year", Integer.toString(TODAY.minusDays(40).getYear()))
                        .with(demo.as("lixia")))
                .andExpect(content().string(containsString(own.getName())))
                .andExpect(content().string(not(containsString(other.getName()))));
        mvc.perform(get("/accountability").param("org", demo.org("JN02").getId().toString()).with(demo.as("lixia")))
                .andExpect(status().isNotFound());
        byte[] body = mvc.perform(get("/accountability/export").param("org", demo.org("JN010101").getId().toString())
                        .with(demo.as("lixia")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = Xlsx.rows(body);
        assertThat(rows.get(0)).contains("党员", "问题和偏差", "整改期限", "问责决定");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(own.getName(), "防汛物资台账与实物不符"));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains(other.getName()));
        mvc.perform(get("/accountability/" + cases.findAll().stream()
                        .filter(c -> c.getProblem().equals("其他区的问题")).findFirst().orElseThrow().getId())
                        .with(demo.as("lixia")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStaleStepIsAConflictWithTheInputKept() throws Exception {
        long id = inProceedings(records.newMember("JN010101"));
        long stale = version(id) - 1;
        mvc.perform(post("/accountability/" + id + "/opinions").with(demo.as("lixia")).with(csrf())
                        .param("version", Long.toString(stale)).param("opinionsOn", TODAY.toString())
                        .param("organizationOpinion", "过期表单的意见").param("massesOpinion", "群众意见"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("过期表单的意见")))
                .andExpect(content().string(matchesPattern("(?s).*该记录已被他人修改.*")));
    }
}
