package cn.jinan.care.web.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.persistence.organization.OrganizationRepository;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CareWebTest
class OrganizationPagesTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private OrganizationRepository organizations;

    @Test
    void treeShowsChildrenWithMemberCounts() throws Exception {
        mvc.perform(get("/organizations/" + demo.org("JN").getId()).with(demo.as("city")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("历下区")))
                .andExpect(content().string(containsString("名党员")))
                .andExpect(content().string(containsString("data-children-url")));
        mvc.perform(get("/organizations/" + demo.org("JN01").getId() + "/children").with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("org-node")));
    }

    @Test
    void aNewSubOrganizationIsInItsParentsScopeAtOnce() throws Exception {
        Organization street = demo.org("JN0101");
        mvc.perform(post("/organizations/" + street.getId() + "/children").with(demo.as("admin")).with(csrf())
                        .param("code", "JN0101T1").param("name", "测试新建支部").param("level", "BRANCH")
                        .param("sortOrder", "99"))
                .andExpect(status().is3xxRedirection());
        Organization created = organizations.findByCode("JN0101T1").orElseThrow();
        assertThat(created.getPath()).isEqualTo(street.getPath() + created.getId() + "/");
        mvc.perform(get("/organizations/" + created.getId()).with(demo.as("lixia"))).andExpect(status().isOk());
        mvc.perform(get("/organizations/" + created.getId()).with(demo.as("secretary1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDuplicateCodeIsShownNextToTheField() throws Exception {
        mvc.perform(post("/organizations/" + demo.org("JN0101").getId() + "/children").with(demo.as("admin"))
                        .with(csrf()).param("code", "JN010101").param("name", "重复").param("level", "BRANCH")
                        .param("sortOrder", "1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "organization.code.taken"))
                .andExpect(content().string(containsString("该组织代码已被使用")));
    }

    @Test
    void aLevelThatCannotSitUnderTheParentIsRefused() throws Exception {
        mvc.perform(post("/organizations/" + demo.org("JN010101").getId() + "/children").with(demo.as("admin"))
                        .with(csrf()).param("code", "JNBAD1").param("name", "错误层级").param("level", "DISTRICT")
                        .param("sortOrder", "1"))
                .andExpect(model().attributeHasFieldErrorCode("form", "level", "organization.level.not-under"));
    }
}
