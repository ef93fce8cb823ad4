package cn.jinan.care.web.recuperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.recuperation.Recuperation;
import cn.jinan.care.persistence.audit.Change;
import cn.jinan.care.persistence.recuperation.RecuperationRepository;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;

@CareWebTest
class RecuperationPagesTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private RecuperationRepository recuperations;

    private MockHttpServletRequestBuilder stay(Member member, String start, String end, String place) {
        return post("/recuperation").with(demo.as("secretary1")).with(csrf())
                .param("memberId", member.getId().toString())
                .param("place", place)
                .param("startDate", start)
                .param("endDate", end)
                .param("escort", "王芳")
                .param("cost", "3200.00")
                .param("fundingSource", "TRADE_UNION")
                .param("token", UUID.randomUUID().toString());
    }

    private Recuperation only(Member member) {
        List<Recuperation> found = recuperations.findByMember(member.getId());
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void secretaryLogsAFiveWorkingDayStayAcrossNationalDay() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(stay(member, "2026-09-28", "2026-10-09", "青岛疗休养院"))
                .andExpect(status().is3xxRedirection());
        Recuperation saved = only(member);
        assertThat(saved.getWorkingDays()).isEqualTo(5);
        assertThat(saved.isCountsAsAnnualLeave()).isFalse();

        mvc.perform(get("/recuperation/" + saved.getId()).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("青岛疗休养院")))
                .andExpect(content().string(containsString("不占用本人年休假")));
        mvc.perform(get("/recuperation").param("year", "2026").with(demo.as("secretary1")))
                .andExpect(content().string(containsString("/recuperation/" + saved.getId())));
        mvc.perform(get("/recuperation").param("year", "2025").with(demo.as("secretary1")))
                .andExpect(content().string(not(containsString("/recuperation/" + saved.getId() + "\""))));
    }

    @Test
    void aStayOfEightWorkingDaysIsRefusedNextToTheEndDateWithTheInputKept() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(stay(member, "2026-09-28", "2026-10-13", "八日疗休养测试院"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "endDate",
                        "recuperation.working-days.out-of-range"))
                .andExpect(content().string(containsString("共8个工作日")))
                .andExpect(content().string(containsString("value=\"八日疗休养测试院\"")));
        assertThat(recuperations.findByMember(member.getId())).isEmpty();
    }

    @Test
    void aStayOfFourWorkingDaysAroundMidAutumnIsRefused() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(stay(member, "2026-09-21", "2026-09-27", "四日疗休养测试院"))
                .andExpect(model().attributeHasFieldErrorCode("form", "endDate",
                        "recuperation.working-days.out-of-range"))
                .andExpect(content().string(containsString("共4个工作日")));
        assertThat(recuperations.findByMember(member.getId())).isEmpty();
    }

    @Test
    void sevenWorkingDaysAcrossTheSpringFestivalCountTheSaturdayMakeUpDays() throws Exception {
        Member member = records.newMember("JN010101");
        // 2月12日, 13日, 14日 (周六上班), 24日–27日; 15日–23日 are 春节
        mvc.perform(stay(member, "2026-02-12", "2026-02-27", "春节疗休养测试院"))
                .andExpect(status().is3xxRedirection());
        assertThat(only(member).getWorkingDays()).isEqualTo(7);
    }

    @Test
    void secretaryCannotLogAStayForAnotherBranchesMember() throws Exception {
        Member other = records.newMember("JN010102");
        mvc.perform(stay(other, "2026-09-28", "2026-10-09", "越权测试院")).andExpect(status().isNotFound());
        mvc.perform(get("/recuperation/new").param("member", other.getId().toString()).with(demo.as("secretary1")))
                .andExpect(status().isNotFound());
        assertThat(recuperations.findByMember(other.getId())).isEmpty();
    }

    @Test
    void secretaryCannotOpenAnotherBranchesStay() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(stay(member, "2026-09-28", "2026-10-09", "范围测试院")).andExpect(status().is3xxRedirection());
        long id = only(member).getId();
        mvc.perform(get("/recuperation/" + id).with(demo.as("secretary2"))).andExpect(status().isNotFound());
        mvc.perform(get("/recuperation/" + id + "/history").with(demo.as("secretary2")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCorrectionShowsInTheHistoryAndAStaleOneIsAConflictKeepingTheInput() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(stay(member, "2026-09-28", "2026-10-09", "历史测试院")).andExpect(status().is3xxRedirection());
        Recuperation saved = only(member);

        mvc.perform(post("/recuperation/" + saved.getId()).with(demo.as("secretary1")).with(csrf())
                        .param("memberId", member.getId().toString()).param("place", "历史测试院").param("startDate", "2026-09-28").param("endDate", "2026-10-10")
                        .param("cost", "3200.00").param("fundingSource", "TRADE_UNION").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(only(member).getWorkingDays()).isEqualTo(6);

        MvcResult history = mvc.perform(get("/recuperation/" + saved.getId() + "/history")
                        .with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andReturn();
        @SuppressWarnings("unchecked")
        List<Change> changes = (List<Change>) history.getModelAndView().getModel().get("changes");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).fields()).extracting(Change.FieldChange::field)
                .contains("recuperationEnd", "recuperationWorkingDays");

        mvc.perform(post("/recuperation/" + saved.getId()).with(demo.as("secretary1")).with(csrf())
                        .param("memberId", member.getId().toString()).param("place", "过期修改测试院").param("startDate", "2026-09-28").param("endDate", "2026-10-09")
                        .param("cost", "0").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("value=\"过期修改测试院\"")));
    }

    @Test
    void administratorKeepsTheCalendarAndTheCountFollowsIt() throws Exception {
        Member member = records.newMember("JN010101");
        // 2029 has no arrangement yet: a stay in it cannot be counted
        mvc.perform(stay(member, "2029-03-05", "2029-03-09", "日历测试院"))
                .andExpect(model().attributeHasFieldErrorCode("form", "startDate", "recuperation.calendar.missing"));

        mvc.perform(post("/admin/calendar").with(demo.as("admin")).with(csrf())
                        .param("date", "2029-03-06").param("kind", "HOLIDAY").param("name", "测试假日"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/calendar").param("year", "2029").with(demo.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试假日")));
        // Monday to Friday with the Tuesday off: four working days
        mvc.perform(stay(member, "2029-03-05", "2029-03-09", "日历测试院"))
                .andExpect(content().string(containsString("共4个工作日")));
        mvc.perform(stay(member, "2029-03-05", "2029-03-12", "日历测试院"))
                .andExpect(status().is3xxRedirection());
        assertThat(only(member).getWorkingDays()).isEqualTo(5);

        mvc.perform(post("/admin/calendar").with(demo.as("admin")).with(csrf())
                        .param("date", "2029-03-06").param("kind", "HOLIDAY").param("name", "重复"))
                .andExpect(model().attributeHasFieldErrorCode("form", "date", "calendar.duplicate"));
    }

    @Test
    void onlyAdministratorsOpenTheCalendar() throws Exception {
        mvc.perform(get("/admin/calendar").with(demo.as("secretary1"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar").with(demo.as("secretary1")).with(csrf())
                .param("date", "2029-04-02").param("kind", "HOLIDAY").param("name", "越权"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/calendar").param("year", "2026").with(demo.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("国庆节")))
                .andExpect(content().string(containsString("调休上班")));
    }

    @Test
    void theYearsStaysExportWithWorkingDaysCostAndFundingSource() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(stay(member, "2026-09-28", "2026-10-09", "青岛疗休养院")).andExpect(status().is3xxRedirection());
        byte[] body = mvc.perform(get("/recuperation/export?year=2026&org=" + demo.org("JN0101").getId())
                        .with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = cn.jinan.care.web.support.Xlsx.rows(body);
        assertThat(rows.get(0)).contains("疗休养地点", "工作日数", "费用（元）", "经费来源");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(member.getName(), "青岛疗休养院", "2026-09-28",
                "2026-10-09", "5", "3,200.00", "工会经费"));
        mvc.perform(get("/recuperation/export?year=2026").with(demo.as("secretary2")))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(cn.jinan.care.web.support.Xlsx.rows(
                        result.getResponse().getContentAsByteArray()))
                        .noneSatisfy(r -> assertThat(r).contains(member.getName())));
        mvc.perform(get("/recuperation/export?org=" + demo.org("JN02").getId()).with(demo.as("lixia")))
                .andExpect(status().isNotFound());
    }
}
