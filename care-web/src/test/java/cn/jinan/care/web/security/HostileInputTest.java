package cn.jinan.care.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Hostile input on the forms secretaries use every day: markup comes back escaped (never as live HTML), SQL
 * metacharacters are stored as the text they are, rare characters outside the Basic Multilingual Plane (𠮷) and emoji
 * are stored and shown unchanged, and a field longer than its column is refused with a message next to it while the
 * form keeps what was typed.
 */
@CareWebTest
class HostileInputTest {

    private static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    private static final String SQL = "'; drop table member; -- \" or 1=1";
    private static final String RARE = "𠮷野家😀";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private JdbcTemplate jdbc;

    private MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path).with(demo.as("secretary1")).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(demo.as("secretary1"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static void assertEscaped(String html) {
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void aTalksTextFieldsComeBackEscapedAndStoredAsTyped() throws Exception {
        Member member = records.newMember("JN010101");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("memberId", member.getId().toString());
        fields.put("kind", "ROUTINE");
        fields.put("date", LocalDate.now().toString());
        fields.put("talkerName", RARE);
        fields.put("talkerPost", "BRANCH_SECRETARY");
        fields.put("place", SQL);
        fields.put("summary", SCRIPT);
        fields.put("token", UUID.randomUUID().toString());
        mvc.perform(form("/talks", fields)).andExpect(status().is3xxRedirection());

        Map<String, Object> stored = jdbc.queryForMap("select id, talker_name, place, summary from talk"
                + " where member_id = ?", member.getId());
        assertThat(stored.get("talker_name")).isEqualTo(RARE);
        assertThat(stored.get("place")).isEqualTo(SQL);
        assertThat(stored.get("summary")).isEqualTo(SCRIPT);
        assertThat(jdbc.queryForObject("select count(*) from member", Long.class)).isPositive();

        String shown = page("/talks/" + stored.get("id"));
        assertEscaped(shown);
        assertThat(shown).contains(RARE).contains("&#39;; drop table member; -- &quot; or 1=1");
    }

    @Test
    void aVisitsNotesAndAStudyCourseComeBackEscaped() throws Exception {
        Member member = records.newMember("JN010101");
        Map<String, String> visit = new LinkedHashMap<>();
        visit.put("memberId", member.getId().toString());
        visit.put("kind", "HARDSHIP");
        visit.put("date", LocalDate.now().toString());
        visit.put("visitors", RARE);
        visit.put("money", "0");
        visit.put("goodsValue", "0");
        visit.put("goods", SQL);
        visit.put("notes", SCRIPT);
        visit.put("token", UUID.randomUUID().toString());
        mvc.perform(form("/visits", visit)).andExpect(status().is3xxRedirection());
        Long visitId = jdbc.queryForObject("select id from visit where member_id = ?", Long.class, member.getId());
        String shown = page("/visits/" + visitId);
        assertEscaped(shown);
        assertThat(shown).contains(RARE);

        Map<String, String> study = new LinkedHashMap<>();
        study.put("memberId", member.getId().toString());
        study.put("date", LocalDate.now().toString());
        study.put("hours", "2");
        study.put("kind", "BRANCH_STUDY");
        study.put("course", SCRIPT);
        mvc.perform(form("/study", study)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select course from study_record where member_id = ?", String.class,
                member.getId())).isEqualTo(SCRIPT);
        assertEscaped(page("/members/" + member.getId()));
    }

    @Test
    void aSearchWithSqlMetacharactersAndMarkupFindsNothingAndEchoesItEscaped() throws Exception {
        String html = mvc.perform(get("/members").param("q", SQL + SCRIPT).with(demo.as("secretary1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<script>alert");
        assertThat(jdbc.queryForObject("select count(*) from member", Long.class)).isPositive();
    }

    @Test
    void aTooLongSummaryIsRefusedNextToTheFieldAndTheFormKeepsWhatWasTyped() throws Exception {
        Member member = records.newMember("JN010101");
        String typed = "谈".repeat(2001);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("memberId", member.getId().toString());
        fields.put("kind", "ROUTINE");
        fields.put("date", LocalDate.now().toString());
        fields.put("talkerName", "张伟");
        fields.put("talkerPost", "BRANCH_SECRETARY");
        fields.put("place", "活动室");
        fields.put("summary", typed);
        fields.put("token", UUID.randomUUID().toString());
        MvcResult result = mvc.perform(form("/talks", fields)).andExpect(status().isOk()).andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains(typed).contains("invalid-feedback");
        assertThat(jdbc.queryForObject("select count(*) from talk where member_id = ?", Long.class, member.getId()))
                .isZero();
    }
}
