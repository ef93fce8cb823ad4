package cn.jinan.care.web.counseling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.user.Role;
import cn.jinan.care.domain.user.UserAccount;
import cn.jinan.care.persistence.audit.SensitiveReadRepository;
import cn.jinan.care.persistence.counseling.CounselingService;
import cn.jinan.care.persistence.counseling.CounselingView;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.user.UserAccountRepository;
import cn.jinan.care.persistence.user.UserAccountService;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@CareWebTest
class CounselingPagesTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String ASSESSMENT = "心理评估：中度焦虑，睡眠障碍";
    private static final String SESSION_NOTES = "第一次疏导：谈及家庭变故，情绪低落";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private UserAccountService users;
    @Autowired
    private UserAccountRepository userRepository;
    @Autowired
    private CounselingService counseling;
    @Autowired
    private SensitiveReadRepository reads;

    /** A user of an organization; with the counseling permission granted when {@code permitted}. */
    private String user(String orgCode, Role role, boolean permitted) {
        String username = "counsel" + COUNTER.incrementAndGet() + "x" + System.nanoTime() % 100000;
        AuditActor.runAs("test", () -> {
            UserAccount account = users.createSystem(username, "心理疏导员" + username, role, demo.org(orgCode),
                    "{noop}unused-password", false);
            if (permitted) {
                users.update(DataScope.of(demo.org("JN")), account.getId(), account.getVersion(),
                        account.getDisplayName(), role, account.getOrganization().getId(), true, true);
            }
        });
        assertThat(userRepository.findByUsername(username).orElseThrow().isCounselingPermission())
                .isEqualTo(permitted);
        return username;
    }

    /** A case of a new member of JN010101, opened by a permitted user, with a session. */
    private long openCase(String counselor, Member member) throws Exception {
        MvcResult opened = mvc.perform(post("/counseling").with(demo.as(counselor)).with(csrf())
                        .param("memberId", member.getId().toString())
                        .param("referralDate", LocalDate.now().minusDays(5).toString())
                        .param("referralSource", "BRANCH")
                        .param("assessment", ASSESSMENT)
                        .param("token", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(opened.getResponse().getRedirectedUrl().replace("/counseling/", ""));
        mvc.perform(post("/counseling/" + id + "/sessions").with(demo.as(counselor)).with(csrf())
                        .param("date", LocalDate.now().minusDays(1).toString())
                        .param("counselor", "王老师")
                        .param("notes", SESSION_NOTES)
                        .param("token", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    private long countReads(Member member) {
        return reads.countByMemberIdAndRecordType(member.getId(), CounselingService.SENSITIVE_TYPE);
    }

    @Test
    void withoutThePermissionTheSecretarySeesThatTheCaseExistsButNeverItsNotes() throws Exception {
        String counselor = user("JN010101", Role.SECRETARY, true);
        Member member = records.newMember("JN010101");
        long id = openCase(counselor, member);
        long before = countReads(member);

        mvc.perform(get("/counseling/" + id).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("counseling-redacted")))
                .andExpect(content().string(containsString(member.getName())))
                .andExpect(content().string(not(containsString(ASSESSMENT))))
                .andExpect(content().string(not(containsString(SESSION_NOTES))));
        mvc.perform(get("/counseling").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/counseling/" + id)))
                .andExpect(content().string(not(containsString(ASSESSMENT))));
        mvc.perform(get("/counseling/" + id + "/edit").with(demo.as("secretary1"))).andExpect(status().isForbidden());
        mvc.perform(get("/counseling/" + id + "/history").with(demo.as("secretary1")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/counseling/" + id + "/sessions").with(demo.as("secretary1")).with(csrf())
                        .param("date", LocalDate.now().toString()).param("counselor", "张伟").param("notes", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/counseling/new").with(demo.as("secretary1"))).andExpect(status().isForbidden());
        assertThat(countReads(member)).isEqualTo(before);

        // the rule is the service's, not the template's
        long secretaryId = userRepository.findByUsername("secretary1").orElseThrow().getId();
        CounselingView view = counseling.read(DataScope.of(demo.org("JN010101")), secretaryId, id);
        assertThat(view.contentsVisible()).isFalse();
        assertThat(view.contents()).isNull();
        assertThat(view.sessions()).isEmpty();
    }

    @Test
    void withThePermissionTheContentsAreShownAndEveryReadIsLogged() throws Exception {
        String counselor = user("JN010101", Role.SECRETARY, true);
        String officer = user("JN01", Role.ORG_DEPT, true);
        Member member = records.newMember("JN010101");
        long id = openCase(counselor, member);
        long before = countReads(member);

        mvc.perform(get("/counseling/" + id).with(demo.as(counselor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ASSESSMENT)))
                .andExpect(content().string(containsString(SESSION_NOTES)));
        assertThat(countReads(member)).isEqualTo(before + 1);
        mvc.perform(get("/counseling/" + id).with(demo.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(SESSION_NOTES)));
        mvc.perform(get("/counseling/" + id + "/history").with(demo.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ASSESSMENT)));
        assertThat(countReads(member)).isEqualTo(before + 3);
    }

    @Test
    void outOfScopeTheCaseDoesNotExistEvenWithThePermission() throws Exception {
        String counselor = user("JN010101", Role.SECRETARY, true);
        String otherBranchCounselor = user("JN010102", Role.SECRETARY, true);
        Member member = records.newMember("JN010101");
        long id = openCase(counselor, member);
        long before = countReads(member);

        mvc.perform(get("/counseling/" + id).with(demo.as("secretary2"))).andExpect(status().isNotFound());
        mvc.perform(get("/counseling/" + id).with(demo.as(otherBranchCounselor)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(ASSESSMENT))));
        mvc.perform(get("/counseling/" + id + "/history").with(demo.as(otherBranchCounselor)))
                .andExpect(status().isNotFound());
        assertThat(countReads(member)).isEqualTo(before);
    }

    @Test
    void anAdministratorGrantsAndRevokesThePermissionOnTheUserForm() throws Exception {
        String username = user("JN010101", Role.SECRETARY, false);
        UserAccount account = userRepository.findByUsername(username).orElseThrow();
        mvc.perform(post("/admin/users/" + account.getId()).with(demo.as("admin")).with(csrf())
                        .param("username", username)
                        .param("displayName", account.getDisplayName())
                        .param("role", "SECRETARY")
                        .param("organizationId", account.getOrganization().getId().toString())
                        .param("enabled", "true")
                        .param("counselingPermission", "true")
                        .param("version", String.valueOf(account.getVersion())))
                .andExpect(status().is3xxRedirection());
        account = userRepository.findByUsername(username).orElseThrow();
        assertThat(account.isCounselingPermission()).isTrue();
        mvc.perform(get("/admin/users/" + account.getId() + "/edit").with(demo.as("admin")))
                .andExpect(content().string(containsString("counselingPermission")));

        mvc.perform(post("/admin/users/" + account.getId()).with(demo.as("admin")).with(csrf())
                        .param("username", username)
                        .param("displayName", account.getDisplayName())
                        .param("role", "SECRETARY")
                        .param("organizationId", account.getOrganization().getId().toString())
                        .param("enabled", "true")
                        .param("version", String.valueOf(account.getVersion())))
                .andExpect(status().is3xxRedirection());
        assertThat(userRepository.findByUsername(username).orElseThrow().isCounselingPermission()).isFalse();
    }
}
