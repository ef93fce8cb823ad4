package cn.jinan.care.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.user.Role;
import cn.jinan.care.persistence.user.UserAccountService;
import cn.jinan.care.web.demo.DemoAccounts;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import jakarta.servlet.http.Cookie;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@CareWebTest
class SignInTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String PASSWORD = "right-horse-42";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserAccountService users;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private Demo demo;

    private String newUser(boolean mustChangePassword) {
        String username = "signin" + COUNTER.incrementAndGet();
        AuditActor.runAs("test", () -> users.createSystem(username, "测试用户", Role.SECRETARY, demo.org("JN010101"),
                passwordEncoder.encode(PASSWORD), mustChangePassword));
        return username;
    }

    @Test
    void everyDemoAccountSignsIn() throws Exception {
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            mvc.perform(formLogin().user(account.username()).password(DemoAccounts.PASSWORD))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void wrongPasswordIsRefusedWithTheReason() throws Exception {
        mvc.perform(formLogin().user("secretary1").password("wrong-password-1"))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void fifthWrongPasswordLocksTheAccountEvenForTheRightPassword() throws Exception {
        String username = newUser(false);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password("wrong" + i)).andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
        // the success cleared the count: five more failures are needed
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("wrong" + i));
        }
        assertThat(users.findByUsername(username).orElseThrow().getLockedUntil()).isNotNull();
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error=locked"));
    }

    @Test
    void disabledAccountCannotSignIn() throws Exception {
        String username = newUser(false);
        AuditActor.runAs("test", () -> {
            var scope = cn.jinan.care.persistence.scope.DataScope.of(demo.org("JN"));
            var account = users.findByUsername(username).orElseThrow();
            users.update(scope, account.getId(), account.getVersion(), account.getDisplayName(), account.getRole(),
                    account.getOrganization().getId(), false);
        });
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void resetPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String username = newUser(true);
        MvcResult login = mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/account/password")).andReturn();
        Cookie session = sessionCookie(login);
        mvc.perform(get("/members").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("current", PASSWORD).param("password", "short1").param("confirmation", "short1"))
                .andExpect(status().isOk());
        mvc.perform(get("/members").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("current", PASSWORD).param("password", "a-new-secret-9")
                        .param("confirmation", "a-new-secret-9"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/members").cookie(session)).andExpect(status().isOk());
        assertThat(users.findByUsername(username).orElseThrow().isMustChangePassword()).isFalse();
    }

    @Test
    void logoutInvalidatesTheSession() throws Exception {
        MvcResult login = mvc.perform(formLogin().user("secretary1").password(DemoAccounts.PASSWORD)).andReturn();
        Cookie session = sessionCookie(login);
        mvc.perform(get("/members").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/members").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    /** Sessions are kept in the database (Spring Session JDBC): the browser carries only the SESSION cookie. */
    private static Cookie sessionCookie(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).as("the session cookie").isNotNull();
        return cookie;
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CSP))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
        assertThat(SecurityConfiguration.CSP).contains("script-src 'self';").doesNotContain("unsafe-inline")
                .contains("frame-ancestors 'none'");
    }
}
