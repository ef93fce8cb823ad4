package cn.jinan.care.web.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.indicator.IndicatorStatus.State;
import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.persistence.indicator.IndicatorRow;
import cn.jinan.care.persistence.policy.ParameterService;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Xlsx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Organization indicators show met / not met against versioned parameters (第14、15、16、25条). */
@CareWebTest
class IndicatorPagesTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ParameterService parameters;

    private MockHttpServletRequestBuilder enter(String user, String indicator, String orgCode, int year,
            String value) {
        return post("/indicators").with(demo.as(user)).with(csrf()).param("indicator", indicator)
                .param("organizationId", demo.org(orgCode).getId().toString()).param("year", Integer.toString(year))
                .param("value", value).param("evidence", "区财政局奖励发放表").param("token", UUID.randomUUID().toString());
    }

    @SuppressWarnings("unchecked")
    private State stateOf(String user, String indicator, int year, String orgCode) throws Exception {
        Page<IndicatorRow> page = (Page<IndicatorRow>) mvc.perform(get("/indicators").with(demo.as(user))
                .param("indicator", indicator).param("year", Integer.toString(year))).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("page");
        return page.getContent().stream().filter(r -> r.organization().getCode().equals(orgCode)).findFirst()
                .orElseThrow().status().state();
    }

    @Test
    void streetsShowMetNotMetAndNotEnteredAgainstTheThreshold() throws Exception {
        int year = 2080;
        mvc.perform(enter("lixia", "R15", "JN0101", year, "19.9")).andExpect(status().is3xxRedirection());
        mvc.perform(enter("lixia", "R15", "JN0102", year, "20")).andExpect(status().is3xxRedirection());
        assertThat(stateOf("lixia", "R15", year, "JN0101")).isEqualTo(State.NOT_MET);
        assertThat(stateOf("lixia", "R15", year, "JN0102")).isEqualTo(State.MET);
        assertThat(stateOf("lixia", "R15", year, "JN0103")).isEqualTo(State.NOT_ENTERED);
        mvc.perform(get("/indicators").with(demo.as("lixia")).param("indicator", "R15")
                .param("year", Integer.toString(year)))
                .andExpect(content().string(containsString("未达标")))
                .andExpect(content().string(containsString("未填报")))
                .andExpect(content().string(containsString("区财政局奖励发放表")));
        byte[] body = mvc.perform(get("/indicators/export").with(demo.as("lixia")).param("indicator", "R15")
                .param("year", Integer.toString(year))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        List<List<String>> rows = Xlsx.rows(body);
        assertThat(rows.get(0)).contains("填报值", "标准", "情况", "佐证材料");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("达标"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("未填报"));
    }

    @Test
    void fiveSmallsAreTickedOneByOne() throws Exception {
        int year = 2081;
        MockHttpServletRequestBuilder four = post("/indicators").with(demo.as("lixia")).with(csrf())
                .param("indicator", "R25").param("organizationId", demo.org("JN0101").getId().toString())
                .param("year", Integer.toString(year)).param("canteen", "true").param("dormitory", "true")
                .param("library", "true").param("activityRoom", "true").param("evidence", "验收表")
                .param("token", UUID.randomUUID().toString());
        mvc.perform(four).andExpect(status().is3xxRedirection());
        assertThat(stateOf("lixia", "R25", year, "JN0101")).isEqualTo(State.NOT_MET);
        long id = jdbc.queryForObject("select id from org_indicator where indicator = 'R25' and indicator_year = ?",
                Long.class, year);
        mvc.perform(post("/indicators/" + id).with(demo.as("lixia")).with(csrf()).param("indicator", "R25")
                .param("year", Integer.toString(year)).param("canteen", "true")
                .param("dormitory", "true").param("bathroom", "true").param("library", "true")
                .param("activityRoom", "true").param("evidence", "验收表（小澡堂已建成）").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(stateOf("lixia", "R25", year, "JN0101")).isEqualTo(State.MET);
        mvc.perform(get("/indicators/" + id + "/history").with(demo.as("lixia"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("小澡堂已建成")));
        mvc.perform(get("/indicators/" + id).with(demo.as("city"))).andExpect(status().isOk());
        long other = demo.org("JN02").getId();
        assertThat(other).isPositive();
    }

    @Test
    void aChangedParameterChangesTheYearsItAppliesTo() throws Exception {
        mvc.perform(enter("city", "R14", "JN", 2090, "6")).andExpect(status().is3xxRedirection());
        mvc.perform(enter("city", "R14", "JN", 2091, "6")).andExpect(status().is3xxRedirection());
        assertThat(stateOf("city", "R14", 2090, "JN")).isEqualTo(State.MET);
        assertThat(stateOf("city", "R14", 2091, "JN")).isEqualTo(State.MET);
        // 招聘名额 raised to 7 from mid-2091: 2091's threshold is the one in force on its last day, 2090 keeps 5
        AuditActor.runAs("test", () -> parameters.add(ParameterKey.RECRUITS_PER_YEAR, new BigDecimal("7"),
                LocalDate.of(2091, 7, 1), "测试：名额调整"));
        assertThat(stateOf("city", "R14", 2090, "JN")).isEqualTo(State.MET);
        assertThat(stateOf("city", "R14", 2091, "JN")).isEqualTo(State.NOT_MET);
        mvc.perform(get("/indicators").with(demo.as("city")).param("indicator", "R14").param("year", "2091"))
                .andExpect(content().string(containsString("≥ 7")));
    }

    @Test
    void wrongInputIsRefusedNextToTheFieldWithTheInputKept() throws Exception {
        mvc.perform(enter("lixia", "R16", "JN0101", 2082, "1.5").param("evidence", "考核通知保留"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "value", "indicator.value.whole"))
                .andExpect(content().string(containsString("考核通知保留")));
        mvc.perform(enter("lixia", "R16", "JN01", 2082, "1")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "organizationId",
                        "indicator.organization.level"));
        mvc.perform(enter("lixia", "R16", "JN0201", 2082, "1")).andExpect(status().isNotFound());
        mvc.perform(enter("secretary1", "R16", "JN0101", 2082, "1")).andExpect(status().isForbidden());
    }
}
