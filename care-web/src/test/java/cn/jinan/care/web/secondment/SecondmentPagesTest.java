package cn.jinan.care.web.secondment;

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
import cn.jinan.care.domain.secondment.Secondment;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.secondment.SecondmentService;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 第12条 调、挂、派: recorded by the organization department, read by the branch, one at a time. */
@CareWebTest
class SecondmentPagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private SecondmentService secondments;

    private MockHttpServletRequestBuilder secondment(String user, Member member, LocalDate start, String to) {
        return secondment(user, member, start, to, demo.org("JN010101").getId().toString());
    }

    private MockHttpServletRequestBuilder secondment(String user, Member member, LocalDate start, String to,
            String fromOrganization) {
        return post("/secondments").with(demo.as(user)).with(csrf())
                .param("memberId", member.getId().toString()).param("kind", "FIRST_SECRETARY")
                .param("direction", "TO_VILLAGE").param("fromOrganizationId", fromOrganization)
                .param("toUnit", to).param("post", "第一书记").param("startDate", start.toString())
                .param("token", UUID.randomUUID().toString());
    }

    private List<Secondment> of(Member member) {
        return secondments.forMember(DataScope.of(demo.org("JN")), member.getId());
    }

    @Test
    void theDepartmentRecordsAndTheBranchReadsButNotTheNeighbour() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(secondment("lixia", member, TODAY.minusMonths(2), "章丘区文祖街道三德范村"))
                .andExpect(status().is3xxRedirection());
        Secondment s = of(member).get(0);
        assertThat(s.getFromUnit()).isEqualTo(demo.org("JN010101").getName());
        mvc.perform(get("/secondments").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("章丘区文祖街道三德范村")))
                .andExpect(content().string(not(containsString("/secondments/new"))));
        mvc.perform(get("/secondments/" + s.getId()).with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("驻村第一书记")));
        mvc.perform(get("/secondments/" + s.getId()).with(demo.as("secretary2"))).andExpect(status().isNotFound());
        mvc.perform(get("/secondments/" + s.getId() + "/history").with(demo.as("secretary2")))
                .andExpect(status().isNotFound());
        mvc.perform(secondment("secretary1", member, TODAY, "某村")).andExpect(status().isForbidden());
    }

    @Test
    void anOverlapIsRefusedNextToTheStartWithTheInputKept() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(secondment("lixia", member, TODAY.minusMonths(6), "平阴县孝直镇东村"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(secondment("lixia", member, TODAY.minusDays(1), "商河县玉皇庙镇西村")
                        .param("notes", "第二次选派保留"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "startDate", "secondment.overlap"))
                .andExpect(content().string(containsString("同一时间只能有一项")))
                .andExpect(content().string(containsString("第二次选派保留")))
                .andExpect(content().string(containsString("商河县玉皇庙镇西村")));
        assertThat(of(member)).hasSize(1);
    }

    @Test
    void aMissingUnitIsAFieldError() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(secondment("lixia", member, TODAY, "某村", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "fromUnit", "secondment.unit.required"));
    }

    @Test
    void currentAndPastListsAnEditInTheHistoryAndAStaleEdit() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(secondment("lixia", member, TODAY.minusYears(2), "历城区港沟街道")
                .param("endDate", TODAY.minusYears(1).toString())).andExpect(status().is3xxRedirection());
        Secondment past = of(member).get(0);
        mvc.perform(get("/secondments").with(demo.as("lixia")))
                .andExpect(content().string(not(containsString("历城区港沟街道"))));
        mvc.perform(get("/secondments").param("view", "PAST").with(demo.as("lixia")))
                .andExpect(content().string(containsString("历城区港沟街道")));
        MockHttpServletRequestBuilder edit = post("/secondments/" + past.getId()).with(demo.as("lixia")).with(csrf())
                .param("kind", "EXCHANGE").param("direction", "CITY_ORGAN_TO_STREET").param("fromUnit", "市发展改革委")
                .param("toUnit", "历城区港沟街道").param("startDate", past.getStartDate().toString())
                .param("endDate", past.getEndDate().toString()).param("version", Long.toString(past.getVersion()));
        mvc.perform(edit).andExpect(status().is3xxRedirection());
        mvc.perform(get("/secondments/" + past.getId() + "/history").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("交流任职")))
                .andExpect(content().string(containsString("市发展改革委")));
        mvc.perform(edit.param("notes", "过期的表单")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("过期的表单")));
    }

    @Test
    void theExportHoldsTheListInScope() throws Exception {
        Member own = records.newMember("JN010101");
        Member far = records.newMember("JN020101");
        mvc.perform(secondment("lixia", own, TODAY.minusDays(3), "天桥区北园街道")).andExpect(status().is3xxRedirection());
        mvc.perform(secondment("city", far, TODAY.minusDays(3), "槐荫区段店北路街道",
                demo.org("JN020101").getId().toString()))
                .andExpect(status().is3xxRedirection());
        byte[] body = mvc.perform(get("/secondments/export").with(demo.as("lixia")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = Xlsx.rows(body);
        assertThat(rows.get(0)).contains("党员", "方式", "去向单位", "开始日期");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(own.getName(), "天桥区北园街道"));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains("槐荫区段店北路街道"));
    }
}
