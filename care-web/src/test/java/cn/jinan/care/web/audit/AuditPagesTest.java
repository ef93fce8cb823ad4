package cn.jinan.care.web.audit;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CareWebTest
class AuditPagesTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;

    @Test
    void auditorSeesRevisionsWithTheActingUser() throws Exception {
        mvc.perform(get("/audit").with(demo.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("system")));
    }

    @Test
    void auditorSeesWhoReadAFullIdNumber() throws Exception {
        long member = demo.memberOf("JN010102").getId();
        mvc.perform(post("/members/" + member + "/id-number").with(demo.as("secretary2")).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/audit/reads").with(demo.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("secretary2")))
                .andExpect(content().string(containsString("完整公民身份号码")));
    }
}
