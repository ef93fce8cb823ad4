package cn.jinan.care.web.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.fairness.ClarificationStatus;
import cn.jinan.care.domain.fairness.FaultToleranceStatus;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.persistence.audit.SensitiveReadRepository;
import cn.jinan.care.persistence.fairness.ClarificationCaseRepository;
import cn.jinan.care.persistence.fairness.FaultToleranceCaseRepository;
import cn.jinan.care.persistence.fairness.FaultToleranceService;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import cn.jinan.care.web.support.Xlsx;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** 第17条 and 第19条 in the browser. */
@CareWebTest
class FaultToleranceAndClarificationPagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private FaultToleranceCaseRepository faultTolerance;
    @Autowired
    private ClarificationCaseRepository clarifications;
    @Autowired
    private SensitiveReadRepository reads;

    private long idFrom(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void step(String base, long id, String step, long version, String... params) throws Exception {
        var request = post(base + id + "/" + step).with(demo.as("lixia")).with(csrf())
                .param("version", Long.toString(version));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    @Test
    void aGrantedFaultToleranceDecisionShowsOnTheMembersPage() throws Exception {
        Member member = records.newMember("JN010101");
        long id = idFrom(mvc.perform(post("/fault-tolerance").with(demo.as("lixia")).with(csrf())
                        .param("memberId", member.getId().toString()).param("origin", "APPLICATION")
                        .param("receivedOn", TODAY.minusDays(20).toString())
                        .param("facts", "先行先试推行街巷长制出现程序瑕疵").param("token", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        // a step cannot be skipped
        mvc.perform(post("/fault-tolerance/" + id + "/decide").with(demo.as("lixia")).with(csrf())
                        .param("version", "0").param("decision", "EXEMPTED").param("decidedOn", TODAY.toString())
                        .param("decidedBy", "区委").param("decisionReasons", "跳过调查的决定"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("须按程序依次办理")))
                .andExpect(content().string(containsString("跳过调查的决定")));
        step("/fault-tolerance/", id, "investigate", 0, "investigatedOn", TODAY.minusDays(15).toString(),
                "investigator", "区委组织部调查组", "findings", "属实，未谋取私利");
        // a distinction left unanswered is a field error
        mvc.perform(post("/fault-tolerance/" + id + "/assess").with(demo.as("lixia")).with(csrf())
                        .param("version", "1").param("assessedOn", TODAY.minusDays(10).toString())
                        .param("lackOfExperience", "true").param("forDevelopment", "true")
                        .param("assessment", "研判意见保留"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "notProhibited",
                        "fault-tolerance.distinction.required"))
                .andExpect(content().string(containsString("研判意见保留")));
        step("/fault-tolerance/", id, "assess", 1, "assessedOn", TODAY.minusDays(10).toString(),
                "lackOfExperience", "true", "notProhibited", "true", "forDevelopment", "true",
                "assessment", "符合三个区分开来");
        step("/fault-tolerance/", id, "decide", 2, "decision", "EXEMPTED", "decidedOn", TODAY.toString(),
                "decidedBy", "历下区委", "decisionReasons", "予以容错免责，年度考核不受影响");
        assertThat(faultTolerance.findById(id).orElseThrow().getStatus()).isEqualTo(FaultToleranceStatus.DECIDED);

        long before = reads.countByMemberIdAndRecordType(member.getId(), FaultToleranceService.SENSITIVE_TYPE);
        mvc.perform(get("/members/" + member.getId()).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("容错决定（第17条）")))
                .andExpect(content().string(containsString("予以容错免责，年度考核不受影响")))
                .andExpect(content().string(not(containsString("/fault-tolerance/" + id))));
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), FaultToleranceService.SENSITIVE_TYPE))
                .isEqualTo(before + 1);
        mvc.perform(get("/members/" + member.getId()).with(demo.as("lixia")))
                .andExpect(content().string(containsString("/fault-tolerance/" + id)));
        mvc.perform(get("/fault-tolerance/" + id + "/history").with(demo.as("lixia")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("容错免责")));
        byte[] body = mvc.perform(get("/fault-tolerance/export").with(demo.as("lixia")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Xlsx.rows(body)).anySatisfy(r -> assertThat(r).contains(member.getName(), "容错免责"));
    }

    @Test
    void toleranceIsNotGrantedAgainstADistinction() throws Exception {
        Member member = records.newMember("JN010101");
        long id = idFrom(mvc.perform(post("/fault-tolerance").with(demo.as("lixia")).with(csrf())
                        .param("memberId", member.getId().toString()).param("origin", "FOUND")
                        .param("receivedOn", TODAY.toString()).param("facts", "为亲属企业违规提供便利")
                        .param("token", UUID.randomUUID().toString()))
                .andReturn().getResponse().getRedirectedUrl());
        step("/fault-tolerance/", id, "investigate", 0, "investigatedOn", TODAY.toString(), "investigator", "调查组",
                "findings", "属实");
        step("/fault-tolerance/", id, "assess", 1, "assessedOn", TODAY.toString(), "lackOfExperience", "true",
                "notProhibited", "true", "forDevelopment", "false", "assessment", "谋取私利");
        mvc.perform(post("/fault-tolerance/" + id + "/decide").with(demo.as("lixia")).with(csrf())
                        .param("version", "2").param("decision", "LIGHTENED").param("decidedOn", TODAY.toString())
                        .param("decidedBy", "区委").param("decisionReasons", "理由"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "decision",
                        "fault-tolerance.decision.distinctions-against"));
        mvc.perform(get("/members/" + member.getId()).with(demo.as("lixia")))
                .andExpect(content().string(not(containsString("容错决定（第17条）"))));
    }

    @Test
    void aFalseAccusationIsClarifiedThenTheAccuserDealtWith() throws Exception {
        Member member = records.newMember("JN010101");
        long id = idFrom(mvc.perform(post("/clarifications").with(demo.as("lixia")).with(csrf())
                        .param("memberId", member.getId().toString()).param("receivedOn", TODAY.minusDays(9).toString())
                        .param("reportSummary", "匿名举报其违规发放补贴").param("token", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        step("/clarifications/", id, "verify", 0, "verifiedOn", TODAY.minusDays(5).toString(),
                "verificationFindings", "经查发放合规，系恶意中伤", "falseAccusation", "true");
        mvc.perform(post("/clarifications/" + id + "/clarify").with(demo.as("lixia")).with(csrf())
                        .param("version", "1").param("clarifiedOn", TODAY.toString())
                        .param("clarificationVenue", "社区党员大会保留"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "byMeeting", "clarification.means.required"))
                .andExpect(content().string(containsString("社区党员大会保留")));
        step("/clarifications/", id, "clarify", 1, "clarifiedOn", TODAY.toString(), "byMeeting", "true",
                "clarificationVenue", "社区党员大会");
        step("/clarifications/", id, "accuser", 2, "accuserHandledOn", TODAY.toString(),
                "accuserAction", "移交区纪委依纪处理");
        assertThat(clarifications.findById(id).orElseThrow().getStatus()).isEqualTo(ClarificationStatus.CLOSED);
        mvc.perform(get("/clarifications/" + id).with(demo.as("lixia")))
                .andExpect(content().string(containsString("移交区纪委依纪处理")));
        mvc.perform(get("/clarifications/" + id).with(demo.as("secretary1"))).andExpect(status().isForbidden());
        mvc.perform(get("/clarifications").with(demo.as("lixia")))
                .andExpect(content().string(containsString(member.getName())));
        mvc.perform(get("/clarifications/" + id + "/history").with(demo.as("lixia")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("对诬告陷害者的处理")));
    }
}
