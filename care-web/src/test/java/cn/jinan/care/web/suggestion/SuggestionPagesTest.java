package cn.jinan.care.web.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.suggestion.Suggestion;
import cn.jinan.care.domain.suggestion.SuggestionStatus;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.suggestion.SuggestionService;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 第6条 三会三制: a branch secretary receives and handles the branch's suggestions through to 落实. */
@CareWebTest
class SuggestionPagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private SuggestionService suggestions;

    private MockHttpServletRequestBuilder receive(String user, String orgCode, String content) {
        return receive(user, orgCode, content, "MASSES", "居民王先生");
    }

    private MockHttpServletRequestBuilder receive(String user, String orgCode, String content, String kind,
            String name) {
        return post("/suggestions").with(demo.as(user)).with(csrf())
                .param("organizationId", demo.org(orgCode).getId().toString()).param("submitterKind", kind)
                .param("submitterName", name).param("channel", "FORUM")
                .param("receivedOn", TODAY.minusDays(2).toString()).param("content", content)
                .param("token", UUID.randomUUID().toString());
    }

    private long received(String user, String orgCode, String content) throws Exception {
        MvcResult r = mvc.perform(receive(user, orgCode, content)).andExpect(status().is3xxRedirection()).andReturn();
        String location = r.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private Suggestion load(long id) {
        return suggestions.get(DataScope.of(demo.org("JN")), id);
    }

    private MockHttpServletRequestBuilder step(String user, long id, String step) {
        return step(user, id, step, TODAY);
    }

    private MockHttpServletRequestBuilder step(String user, long id, String step, LocalDate date) {
        return post("/suggestions/" + id + "/steps/" + step).with(demo.as(user)).with(csrf())
                .param("date", date.toString()).param("version", Long.toString(load(id).getVersion()));
    }

    @Test
    void aSecretaryTakesASuggestionThroughToImplemented() throws Exception {
        String content = "建议社区党群服务中心周末开放" + UUID.randomUUID();
        long id = received("secretary1", "JN010101", content);
        mvc.perform(get("/suggestions").with(demo.as("secretary1")))
                .andExpect(content().string(containsString(content.substring(0, 10))));
        mvc.perform(get("/suggestions/" + id + "/steps/assign").with(demo.as("secretary1")))
                .andExpect(status().isOk());
        mvc.perform(step("secretary1", id, "assign").param("handlingSystem", "COMMITMENT").param("owner", "社区居委会"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "promisedBy", "suggestion.promise.required"))
                .andExpect(content().string(containsString("社区居委会")));
        mvc.perform(step("secretary1", id, "assign").param("handlingSystem", "COMMITMENT").param("owner", "社区居委会")
                .param("promisedBy", TODAY.plusDays(30).toString())).andExpect(status().is3xxRedirection());
        mvc.perform(step("secretary1", id, "start")).andExpect(status().is3xxRedirection());
        mvc.perform(step("secretary1", id, "implement")).andExpect(status().isOk())
                .andExpect(content().string(containsString("请先答复提出人")));
        mvc.perform(step("secretary1", id, "reply").param("replyText", "自下月起周末开放"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(step("secretary1", id, "implement")).andExpect(status().is3xxRedirection());
        assertThat(load(id).getStatus()).isEqualTo(SuggestionStatus.IMPLEMENTED);
        mvc.perform(get("/suggestions/" + id + "/history").with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已落实")))
                .andExpect(content().string(containsString("自下月起周末开放")));
    }

    @Test
    void anotherBranchesSecretaryGetsNotFound() throws Exception {
        long id = received("secretary1", "JN010101", "建议增设议事角");
        mvc.perform(get("/suggestions/" + id).with(demo.as("secretary2"))).andExpect(status().isNotFound());
        mvc.perform(step("secretary2", id, "assign").param("handlingSystem", "RESPONSIBILITY")
                .param("owner", "x")).andExpect(status().isNotFound());
        mvc.perform(receive("secretary2", "JN010101", "越界登记")).andExpect(status().isNotFound());
        mvc.perform(get("/suggestions/" + id).with(demo.as("admin"))).andExpect(status().isForbidden());
    }

    @Test
    void missingContentIsRefusedWithTheInputKept() throws Exception {
        mvc.perform(receive("secretary1", "JN010101", " ", "MASSES", "张阿姨保留"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "content"))
                .andExpect(content().string(containsString("张阿姨保留")));
        mvc.perform(receive("secretary1", "JN010101", "建议", "MEMBER", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "memberId", "suggestion.member.required"));
    }

    @Test
    void theOverdueListAndTheExport() throws Exception {
        String content = "建议整治背街小巷" + UUID.randomUUID();
        long id = received("secretary1", "JN010101", content);
        mvc.perform(step("secretary1", id, "assign", TODAY.minusDays(2))
                .param("handlingSystem", "COMMITMENT").param("owner", "街道城管科")
                .param("promisedBy", TODAY.minusDays(1).toString())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/suggestions").param("overdue", "true").with(demo.as("lixia")))
                .andExpect(content().string(containsString(content.substring(0, 8))));
        String other = "准时办结" + UUID.randomUUID();
        long onTime = received("secretary1", "JN010101", other);
        mvc.perform(step("secretary1", onTime, "assign").param("handlingSystem", "COMMITMENT")
                .param("owner", "社区").param("promisedBy", TODAY.toString())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/suggestions").param("overdue", "true").with(demo.as("lixia")))
                .andExpect(content().string(not(containsString(other.substring(0, 12)))));
        byte[] body = mvc.perform(get("/suggestions/export").param("overdue", "true").with(demo.as("secretary1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = Xlsx.rows(body);
        assertThat(rows.get(0)).contains("收到日期", "渠道", "意见建议内容", "承诺办结日期");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(content, "承诺制"));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains(other));
    }
}
