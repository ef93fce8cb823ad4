package cn.jinan.care.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CareWebTest
class ErrorPagesTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;

    @Test
    void outOfScopeRecordGetsTheNotFoundPageInChinese() throws Exception {
        long other = demo.memberOf("JN020101").getId();
        mvc.perform(get("/members/" + other).with(demo.as("secretary1")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("不在您的管理范围内")));
    }

    @Test
    void andInEnglish() throws Exception {
        mvc.perform(get("/members/987654321").with(demo.as("secretary1")).cookie(new Cookie("care-lang", "en")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("outside your organization")));
    }

    @Test
    void aMalformedIdIsNotFoundNotAServerError() throws Exception {
        mvc.perform(get("/members/abc").with(demo.as("secretary1"))).andExpect(status().isNotFound());
    }

    @Test
    void theLanguageSwitchIsRemembered() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("Sign in to Party Care")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie()
                        .value("care-lang", "en"));
        mvc.perform(get("/login")).andExpect(content().string(containsString("登录党内激励关怀")));
    }

    @Test
    void healthReportsTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health").with(demo.as("admin")))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }
}
