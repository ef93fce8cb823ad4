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

    @Autowired
    private cn.jinan.care.persistence.member.MemberService members;
    @Autowired
    private cn.jinan.care.web.support.Records records;

    @Test
    void auditorSeesRevisionsWithTheActingUser() throws Exception {
        // a change of its own, newest on the first page: the demo load's revisions ("system") are pushed off it by
        // the other tests sharing the database
        long member = records.newMember("JN010101").getId();
        cn.jinan.care.domain.shared.AuditActor.runAs("revision-probe", () -> members.recordEvent(
                cn.jinan.care.persistence.scope.DataScope.of(demo.org("JN010101")), member,
                cn.jinan.care.domain.member.MemberEventKind.POST_CHANGED, java.time.LocalDate.now(), null));
        mvc.perform(get("/audit").with(demo.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("revision-probe")));
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
