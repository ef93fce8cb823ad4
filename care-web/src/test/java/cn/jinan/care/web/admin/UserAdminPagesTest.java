package cn.jinan.care.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.user.Role;
import cn.jinan.care.domain.user.UserAccount;
import cn.jinan.care.persistence.user.UserAccountService;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@CareWebTest
class UserAdminPagesTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private UserAccountService users;

    @Test
    void adminCreatesASecretaryWhoMustChangeTheTemporaryPassword() throws Exception {
        MvcResult created = mvc.perform(post("/admin/users").with(demo.as("admin")).with(csrf())
                        .param("username", "new-secretary").param("displayName", "新书记")
                        .param("role", "SECRETARY").param("organizationId", demo.org("JN010102").getId().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("temporaryPassword"))
                .andReturn();
        String temporary = (String) created.getFlashMap().get("temporaryPassword");
        UserAccount user = users.findByUsername("new-secretary").orElseThrow();
        assertThat(user.getRole()).isEqualTo(Role.SECRETARY);
        assertThat(user.isMustChangePassword()).isTrue();
        assertThat(user.getPasswordHash()).doesNotContain(temporary);
        mvc.perform(formLogin().user("new-secretary").password(temporary))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/admin/users/" + user.getId() + "/history").with(demo.as("admin")))
                .andExpect(content().string(containsString("新书记")));
    }

    @Test
    void theCounselingPermissionCanBeGrantedWhenTheUserIsCreated() throws Exception {
        mvc.perform(post("/admin/users").with(demo.as("admin")).with(csrf())
                        .param("username", "counselor-officer").param("displayName", "心理疏导专员")
                        .param("role", "ORG_DEPT").param("organizationId", demo.org("JN01").getId().toString())
                        .param("counselingPermission", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.findByUsername("counselor-officer").orElseThrow().isCounselingPermission()).isTrue();
        mvc.perform(post("/admin/users").with(demo.as("admin")).with(csrf())
                        .param("username", "plain-officer").param("displayName", "普通专员")
                        .param("role", "ORG_DEPT").param("organizationId", demo.org("JN01").getId().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(users.findByUsername("plain-officer").orElseThrow().isCounselingPermission()).isFalse();
    }

    @Test
    void aTakenUsernameIsShownNextToTheField() throws Exception {
        mvc.perform(post("/admin/users").with(demo.as("admin")).with(csrf())
                        .param("username", "secretary1").param("displayName", "重复")
                        .param("role", "SECRETARY").param("organizationId", demo.org("JN010101").getId().toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "user.username.taken"));
    }

    @Test
    void resettingAPasswordForcesAChange() throws Exception {
        mvc.perform(post("/admin/users").with(demo.as("admin")).with(csrf())
                .param("username", "reset-me").param("displayName", "待重置")
                .param("role", "ORG_DEPT").param("organizationId", demo.org("JN02").getId().toString()));
        UserAccount user = users.findByUsername("reset-me").orElseThrow();
        MvcResult reset = mvc.perform(post("/admin/users/" + user.getId() + "/password").with(demo.as("admin"))
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        String temporary = (String) reset.getFlashMap().get("temporaryPassword");
        mvc.perform(formLogin().user("reset-me").password(temporary)).andExpect(redirectedUrl("/account/password"));
    }
}
