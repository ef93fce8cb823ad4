package cn.jinan.care.web.activity;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CareWebTest
class ActivityPagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private JdbcTemplate jdbc;

    private MockHttpServletRequestBuilder activity(String user, String title, Member... people) {
        return activity(user, "JN010101", "BRANCH_STUDY", "2.5", title, people);
    }

    private MockHttpServletRequestBuilder activity(String user, String orgCode, String kind, String hours,
            String title, Member... people) {
        MockHttpServletRequestBuilder r = post("/activities").with(demo.as(user)).with(csrf())
                .param("organizationId", demo.org(orgCode).getId().toString())
                .param("kind", kind).param("title", title)
                .param("startDate", TODAY.minusDays(2).toString()).param("site", "支部活动室")
                .param("hoursPerDay", hours).param("token", UUID.randomUUID().toString());
        for (Member m : people) {
            r.param("memberIds", m.getId().toString());
        }
        return r;
    }

    private long idOf(String title) {
        return jdbc.queryForObject("select id from org_activity where title = ?", Long.class, title);
    }

    private long studyRecords(Member m) {
        return jdbc.queryForObject("select count(*) from study_record where member_id = ?", Long.class, m.getId());
    }

    @Test
    void aSecretaryRecordsTheBranchsActivityAndPostsItsHoursOnce() throws Exception {
        Member a = records.newMember("JN010101");
        Member b = records.newMember("JN010101");
        String title = "专题学习" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(get("/activities/new").with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(a.getName())));
        mvc.perform(activity("secretary1", title, a, b)).andExpect(status().is3xxRedirection());
        long id = idOf(title);
        mvc.perform(post("/activities/" + id + "/post-hours").with(demo.as("secretary1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/activities/" + id + "/post-hours").with(demo.as("secretary1")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(studyRecords(a)).isEqualTo(1);
        assertThat(studyRecords(b)).isEqualTo(1);
        mvc.perform(get("/activities/" + id).with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(a.getName())))
                .andExpect(content().string(containsString("已登记的学时")));
        mvc.perform(get("/activities/" + id).with(demo.as("secretary2"))).andExpect(status().isNotFound());
        mvc.perform(post("/activities/" + id + "/post-hours").with(demo.as("secretary2")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/activities").with(demo.as("secretary2")))
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/activities").with(demo.as("lixia"))).andExpect(content().string(containsString(title)));
    }

    @Test
    void aStudyActivityWithoutHoursIsRefusedNextToThemWithTheInputKept() throws Exception {
        Member a = records.newMember("JN010101");
        String title = "无学时" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(activity("secretary1", "JN010101", "BRANCH_STUDY", "", title, a).param("notes", "备注保留在表单里"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "hoursPerDay", "activity.hours.required"))
                .andExpect(content().string(containsString("学习类活动请填写每天学时")))
                .andExpect(content().string(containsString("备注保留在表单里")))
                .andExpect(content().string(containsString(title)));
        assertThat(jdbc.queryForObject("select count(*) from org_activity where title = ?", Long.class, title))
                .isZero();
    }

    @Test
    void aMemberOfAnotherBranchCannotBeSlippedIn() throws Exception {
        Member own = records.newMember("JN010101");
        Member neighbour = records.newMember("JN010102");
        String title = "越权" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(activity("secretary1", title, own, neighbour)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "memberIds", "activity.participant.outside"));
        mvc.perform(activity("secretary2", "JN010102", "BRANCH_STUDY", "2", title, own)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "memberIds", "activity.participant.outside"));
    }

    @Test
    void historyShowsTheChangeAndTheExportTheActivity() throws Exception {
        Member a = records.newMember("JN010101");
        String title = "文体" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(activity("secretary1", "JN010101", "CULTURE_SPORTS", "", title, a))
                .andExpect(status().is3xxRedirection());
        long id = idOf(title);
        mvc.perform(post("/activities/" + id).with(demo.as("secretary1")).with(csrf())
                .param("kind", "CULTURE_SPORTS").param("title", title)
                .param("startDate", TODAY.minusDays(2).toString()).param("site", "泉城公园东门")
                .param("memberIds", a.getId().toString()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/activities/" + id + "/history").with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("泉城公园东门")))
                .andExpect(content().string(containsString(a.getName())));
        mvc.perform(get("/activities/" + id + "/history").with(demo.as("secretary2")))
                .andExpect(status().isNotFound());
        byte[] body = mvc.perform(get("/activities/export").param("year", Integer.toString(TODAY.minusDays(2)
                .getYear())).with(demo.as("secretary1"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        List<List<String>> rows = Xlsx.rows(body);
        assertThat(rows.get(0)).contains("活动类别", "活动名称（课程）", "组织单位");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(title, "文体活动"));
    }

    @Test
    void aPlanShowsWhatWasHeldAgainstWhatWasPlanned() throws Exception {
        long district = demo.org("JN01").getId();
        int year = 2095;
        mvc.perform(post("/training-plans").with(demo.as("lixia")).with(csrf())
                .param("organizationId", Long.toString(district)).param("year", Integer.toString(year))
                .param("plannedSessions", "-1").param("plannedHours", "40").param("topics", "计划内容保留")
                .param("token", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "plannedSessions"))
                .andExpect(content().string(containsString("计划内容保留")));
        mvc.perform(post("/training-plans").with(demo.as("lixia")).with(csrf())
                .param("organizationId", Long.toString(district)).param("year", Integer.toString(year))
                .param("plannedSessions", "4").param("plannedHours", "40")
                .param("token", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from training_plan where organization_id = ? and plan_year = ?",
                Long.class, district, year);
        mvc.perform(get("/training-plans/" + id).with(demo.as("lixia"))).andExpect(status().isOk());
        mvc.perform(get("/training-plans/" + id + "/history").with(demo.as("lixia"))).andExpect(status().isOk());
        mvc.perform(get("/training-plans/" + id).with(demo.as("secretary1"))).andExpect(status().isForbidden());
        byte[] body = mvc.perform(get("/training-plans/export").param("year", Integer.toString(year))
                .with(demo.as("lixia"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Xlsx.rows(body)).anySatisfy(r -> assertThat(r).contains("中共济南市历下区委员会"));
    }
}
