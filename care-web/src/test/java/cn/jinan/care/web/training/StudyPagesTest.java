package cn.jinan.care.web.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.persistence.training.StudyRecordRepository;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CareWebTest
class StudyPagesTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private StudyRecordRepository studies;
    @Autowired
    private cn.jinan.care.persistence.quota.QuotaService quotas;
    @Autowired
    private cn.jinan.care.persistence.exemption.ExemptionService exemptions;

    private MockHttpServletRequestBuilder batch(String course, String hours, Member... attendees) {
        MockHttpServletRequestBuilder request = post("/study/batch").with(demo.as("secretary1")).with(csrf())
                .param("date", LocalDate.now().toString()).param("hours", hours).param("kind", "BRANCH_STUDY")
                .param("course", course).param("token", UUID.randomUUID().toString());
        for (Member m : attendees) {
            request.param("memberIds", m.getId().toString());
        }
        return request;
    }

    @Test
    void oneSessionRecordsHoursForEveryAttendee() throws Exception {
        Member a = records.newMember("JN010101");
        Member b = records.newMember("JN010101");
        Member c = records.newMember("JN010101");
        mvc.perform(batch("批量学习测试一", "2.5", a, b, c)).andExpect(status().is3xxRedirection());
        for (Member m : new Member[] {a, b, c}) {
            assertThat(studies.findByMember(m.getId())).singleElement()
                    .satisfies(r -> assertThat(r.getHours()).isEqualByComparingTo("2.5"));
        }
        mvc.perform(get("/members/" + a.getId()).with(demo.as("secretary1")))
                .andExpect(content().string(containsString("2.5 / 32")));
    }

    @Test
    void aBatchWithADuplicateSavesNothingAndNamesTheAttendee() throws Exception {
        Member a = records.newMember("JN010101");
        Member b = records.newMember("JN010101");
        mvc.perform(batch("批量学习测试二", "2", a)).andExpect(status().is3xxRedirection());
        mvc.perform(batch("批量学习测试二", "2", a, b))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(a.getName() + "：该党员当天已登记过同一课程")))
                .andExpect(content().string(containsString("value=\"批量学习测试二\"")));
        assertThat(studies.findByMember(b.getId())).isEmpty();
        assertThat(studies.findByMember(a.getId())).hasSize(1);
    }

    @Test
    void hoursOutsideHalfToTwelveAreRefused() throws Exception {
        Member a = records.newMember("JN010101");
        mvc.perform(batch("超时测试", "13", a))
                .andExpect(model().attributeHasFieldErrors("form", "hours"));
        mvc.perform(post("/study").with(demo.as("secretary1")).with(csrf())
                        .param("memberId", a.getId().toString()).param("date", LocalDate.now().toString())
                        .param("hours", "1.25").param("kind", "BRANCH_STUDY").param("course", "半小时测试"))
                .andExpect(model().attributeHasFieldErrorCode("form", "hours", "study.hours.half-steps"));
        assertThat(studies.findByMember(a.getId())).isEmpty();
    }

    @Test
    void aDayHoldsAtMostTwelveHours() throws Exception {
        Member a = records.newMember("JN010101");
        mvc.perform(batch("上午", "8", a)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/study").with(demo.as("secretary1")).with(csrf())
                        .param("memberId", a.getId().toString()).param("date", LocalDate.now().toString())
                        .param("hours", "5").param("kind", "BRANCH_STUDY").param("course", "下午"))
                .andExpect(model().attributeHasFieldErrorCode("form", "hours", "study.hours.day-full"));
    }

    @Test
    void anAttendeeOutsideTheScopeIsNotFound() throws Exception {
        Member own = records.newMember("JN010101");
        Member other = records.newMember("JN010102");
        mvc.perform(batch("越权测试", "2", own, other)).andExpect(status().isNotFound());
        assertThat(studies.findByMember(own.getId())).isEmpty();
    }

    @Test
    void anExemptMemberIsShownAsExemptAndLeftOffTheShortfalls() throws Exception {
        Member a = records.newMember("JN010101");
        var scope = cn.jinan.care.persistence.scope.DataScope.of(demo.org("JN010101"));
        int year = LocalDate.now().getYear();
        assertThat(quotas.shortfalls(scope, year)).anyMatch(s -> s.memberId() == a.getId());
        mvc.perform(post("/members/" + a.getId() + "/exemptions").with(demo.as("secretary1")).with(csrf())
                        .param("year", Integer.toString(LocalDate.now().getYear()))
                        .param("rule", "R03_TRAINING_HOURS").param("reason", "LONG_ILLNESS")
                        .param("approvedBy", "支部委员会"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/members/" + a.getId()).with(demo.as("secretary1")))
                .andExpect(content().string(containsString("本年度已豁免")));
        assertThat(quotas.shortfalls(scope, year)).noneMatch(s -> s.memberId() == a.getId()
                && s.rule() == cn.jinan.care.domain.policy.RuleCode.R03_TRAINING_HOURS);
    }

    @Test
    void anExemptionIsCorrectedWithItsHistoryKept() throws Exception {
        Member a = records.newMember("JN010101");
        int year = LocalDate.now().getYear();
        mvc.perform(post("/members/" + a.getId() + "/exemptions").with(demo.as("secretary1")).with(csrf())
                .param("year", Integer.toString(year)).param("rule", "R04_LECTURES").param("reason", "WORKING_AWAY")
                .param("approvedBy", "支委会"));
        var exemption = exemptions.forMember(cn.jinan.care.persistence.scope.DataScope.of(demo.org("JN010101")),
                a.getId()).get(0);
        mvc.perform(post("/exemptions/" + exemption.getId()).with(demo.as("secretary1")).with(csrf())
                        .param("year", Integer.toString(year)).param("rule", "R04_LECTURES")
                        .param("reason", "LONG_ILLNESS").param("approvedBy", "街道党工委")
                        .param("version", Long.toString(exemption.getVersion())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/exemptions/" + exemption.getId() + "/history").with(demo.as("secretary1")))
                .andExpect(content().string(containsString("街道党工委")))
                .andExpect(content().string(containsString("支委会")));
        mvc.perform(get("/exemptions").with(demo.as("secretary1")))
                .andExpect(content().string(containsString(a.getName())));
        mvc.perform(get("/exemptions/" + exemption.getId() + "/edit").with(demo.as("secretary2")))
                .andExpect(status().isNotFound());
    }
}
