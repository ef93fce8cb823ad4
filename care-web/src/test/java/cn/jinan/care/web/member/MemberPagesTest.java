package cn.jinan.care.web.member;

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
import cn.jinan.care.domain.member.MemberStatus;
import cn.jinan.care.persistence.audit.SensitiveReadRepository;
import cn.jinan.care.persistence.member.MemberRepository;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.IdNumbers;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CareWebTest
class MemberPagesTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private MemberRepository members;
    @Autowired
    private SensitiveReadRepository reads;

    private MockHttpServletRequestBuilder newMember(String name, String idNumber) {
        return newMemberIn("JN010101", name, idNumber);
    }

    private MockHttpServletRequestBuilder newMemberIn(String orgCode, String name, String idNumber) {
        return post("/members").with(demo.as("secretary1")).with(csrf())
                .param("organizationId", demo.org(orgCode).getId().toString())
                .param("name", name)
                .param("idNumber", idNumber)
                .param("ethnicity", "汉族")
                .param("phone", "13800138000")
                .param("admittedDate", "2010-07-01")
                .param("fullMemberDate", "2011-07-01")
                .param("category", "FULL")
                .param("household", "URBAN")
                .param("delegateLevel", "NONE");
    }

    @Test
    void secretaryAddsAMemberAndSeesThePartyAge() throws Exception {
        String id = IdNumbers.of(LocalDate.of(1985, 3, 12), true);
        MvcResult result = mvc.perform(newMember("测试新党员", id)).andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        Member saved = members.findAll().stream().filter(m -> m.getIdNumber().value().equals(id)).findFirst()
                .orElseThrow();
        assertThat(location).isEqualTo("/members/" + saved.getId());
        assertThat(saved.getBirthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        mvc.perform(get(location).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试新党员")))
                .andExpect(content().string(containsString("党龄")))
                .andExpect(content().string(not(containsString(id))));
    }

    @Test
    void wrongCheckDigitIsShownNextToTheFieldInChineseWithTheInputKept() throws Exception {
        String bad = IdNumbers.withWrongCheckDigit(IdNumbers.of(LocalDate.of(1990, 1, 2), false));
        mvc.perform(newMember("保留的姓名", bad))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "idNumber", "idcard.check-digit"))
                .andExpect(content().string(containsString("公民身份号码校验位不正确")))
                .andExpect(content().string(containsString("value=\"保留的姓名\"")))
                .andExpect(content().string(containsString("value=\"" + bad + "\"")));
    }

    @Test
    void theSameErrorInEnglish() throws Exception {
        String bad = IdNumbers.withWrongCheckDigit(IdNumbers.of(LocalDate.of(1990, 1, 3), false));
        mvc.perform(newMember("Kept", bad).cookie(new Cookie("care-lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The check digit is wrong")));
    }

    @Test
    void missingAndInconsistentFieldsAreEachReported() throws Exception {
        String id = IdNumbers.of(LocalDate.of(1988, 5, 5), true);
        mvc.perform(post("/members").with(demo.as("secretary1")).with(csrf())
                        .param("organizationId", demo.org("JN010101").getId().toString())
                        .param("name", "")
                        .param("idNumber", id)
                        .param("admittedDate", "2999-01-01")
                        .param("phone", "12345")
                        .param("category", "FULL").param("household", "URBAN").param("delegateLevel", "NONE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "admittedDate", "PastOrPresent"))
                .andExpect(model().attributeHasFieldErrors("form", "phone"))
                .andExpect(content().string(containsString("此项必填")))
                .andExpect(content().string(containsString("请填写11位手机号")));
    }

    @Test
    void birthDateThatDisagreesWithTheIdNumberIsRefused() throws Exception {
        String id = IdNumbers.of(LocalDate.of(1970, 8, 8), true);
        mvc.perform(newMember("生日不符", id).param("birthDate", "1970-08-09"))
                .andExpect(model().attributeHasFieldErrorCode("form", "birthDate", "member.birth-date.id-mismatch"));
    }

    @Test
    void aDuplicateIdNumberIsRefused() throws Exception {
        Member existing = demo.memberOf("JN010102");
        mvc.perform(newMember("重复号码", existing.getIdNumber().value()))
                .andExpect(model().attributeHasFieldErrorCode("form", "idNumber", "member.id-number.taken"));
    }

    @Test
    void secretaryCannotPlaceAMemberInAnotherBranch() throws Exception {
        String id = IdNumbers.of(LocalDate.of(1980, 1, 1), true);
        mvc.perform(newMemberIn("JN010102", "越权", id))
                .andExpect(status().isNotFound());
        assertThat(members.findAll().stream().noneMatch(m -> m.getIdNumber().value().equals(id))).isTrue();
    }

    @Test
    void rosterSearchesByNameAndByTheLastDigitsOfTheIdNumber() throws Exception {
        Member member = demo.memberOf("JN010101");
        String lastDigits = member.getIdNumber().value().substring(14);
        mvc.perform(get("/members").param("q", lastDigits).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.getName())));
        mvc.perform(get("/members").param("q", member.getName()).with(demo.as("secretary1")))
                .andExpect(content().string(containsString(member.maskedIdNumber())));
        mvc.perform(get("/members").param("q", "%").with(demo.as("secretary1")))
                .andExpect(model().attribute("page", org.hamcrest.Matchers.hasProperty("totalElements",
                        org.hamcrest.Matchers.equalTo(0L))));
    }

    @Test
    void rosterPagesAndFiltersInSql() throws Exception {
        MvcResult all = mvc.perform(get("/members").with(demo.as("city"))).andReturn();
        Page<?> first = (Page<?>) all.getModelAndView().getModel().get("page");
        assertThat(first.getContent()).hasSize(MemberController.PAGE_SIZE);
        assertThat(first.getTotalElements()).isGreaterThan(1500);
        MvcResult second = mvc.perform(get("/members").param("page", "1").with(demo.as("city"))).andReturn();
        Page<?> page2 = (Page<?>) second.getModelAndView().getModel().get("page");
        assertThat(page2.getNumber()).isEqualTo(1);
        assertThat(page2.getContent()).doesNotContainAnyElementsOf((java.util.List) first.getContent());

        MvcResult district = mvc.perform(get("/members").param("org", demo.org("JN01").getId().toString())
                .param("status", "ACTIVE").param("flag", "LEADING_CADRE").with(demo.as("city"))).andReturn();
        Page<Member> cadres = (Page<Member>) district.getModelAndView().getModel().get("page");
        assertThat(cadres.getContent()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.isLeadingCadre()).isTrue();
            assertThat(m.getStatus()).isEqualTo(MemberStatus.ACTIVE);
            assertThat(m.getOrganization().getPath()).startsWith(demo.org("JN01").getPath());
        });
    }

    @Test
    void editShowsTheNumberMaskedAndKeepsItWhenLeftAsShown() throws Exception {
        Member member = demo.memberOf("JN010101");
        mvc.perform(get("/members/" + member.getId() + "/edit").with(demo.as("secretary1")))
                .andExpect(content().string(containsString(member.maskedIdNumber())))
                .andExpect(content().string(not(containsString(member.getIdNumber().value()))));
    }

    @Test
    void aStaleEditGetsAConflictWithTheInputKept() throws Exception {
        String id = IdNumbers.of(LocalDate.of(1975, 4, 4), false);
        mvc.perform(newMember("冲突测试", id)).andExpect(status().is3xxRedirection());
        Member member = members.findAll().stream().filter(m -> m.getIdNumber().value().equals(id)).findFirst()
                .orElseThrow();
        MockHttpServletRequestBuilder edit = post("/members/" + member.getId()).with(demo.as("secretary1"))
                .with(csrf())
                .param("organizationId", member.getOrganization().getId().toString())
                .param("idNumber", member.maskedIdNumber())
                .param("admittedDate", "2010-07-01").param("fullMemberDate", "2011-07-01")
                .param("category", "FULL").param("household", "URBAN").param("delegateLevel", "NONE")
                .param("version", Long.toString(member.getVersion()));
        mvc.perform(edit.param("name", "第一个人的修改")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/members/" + member.getId()).with(demo.as("secretary1")).with(csrf())
                        .param("organizationId", member.getOrganization().getId().toString())
                        .param("idNumber", member.maskedIdNumber())
                        .param("admittedDate", "2010-07-01").param("fullMemberDate", "2011-07-01")
                        .param("category", "FULL").param("household", "URBAN").param("delegateLevel", "NONE")
                        .param("version", Long.toString(member.getVersion()))
                        .param("name", "第二个人的修改"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("该记录已被他人修改")))
                .andExpect(content().string(containsString("value=\"第二个人的修改\"")));
        assertThat(members.findById(member.getId()).orElseThrow().getName()).isEqualTo("第一个人的修改");
        mvc.perform(get("/members/" + member.getId() + "/history").with(demo.as("secretary1")))
                .andExpect(content().string(containsString("第一个人的修改")))
                .andExpect(content().string(containsString("冲突测试")))
                .andExpect(content().string(containsString("secretary1")));
    }

    @Test
    void recordingADeathTakesTheMemberOffTheActiveRoster() throws Exception {
        String id = IdNumbers.of(LocalDate.of(1940, 2, 2), true);
        mvc.perform(newMember("去世测试", id)).andExpect(status().is3xxRedirection());
        Member member = members.findAll().stream().filter(m -> m.getIdNumber().value().equals(id)).findFirst()
                .orElseThrow();
        mvc.perform(post("/members/" + member.getId() + "/events").with(demo.as("secretary1")).with(csrf())
                        .param("kind", "DIED").param("date", LocalDate.now().minusDays(1).toString())
                        .param("note", "病逝"))
                .andExpect(status().is3xxRedirection());
        assertThat(members.findById(member.getId()).orElseThrow().getStatus()).isEqualTo(MemberStatus.DECEASED);
        mvc.perform(post("/members/" + member.getId() + "/events").with(demo.as("secretary1")).with(csrf())
                        .param("kind", "HONORED").param("date", LocalDate.now().toString()))
                .andExpect(model().attributeHasErrors("form"));
    }

    @Test
    void anEventInTheFutureIsRefused() throws Exception {
        Member member = demo.memberOf("JN010101");
        mvc.perform(post("/members/" + member.getId() + "/events").with(demo.as("secretary1")).with(csrf())
                        .param("kind", "POST_CHANGED").param("date", LocalDate.now().plusDays(3).toString()))
                .andExpect(model().attributeHasFieldErrorCode("form", "date", "PastOrPresent"));
    }

    @Test
    void revealingTheFullIdNumberIsLogged() throws Exception {
        Member member = demo.memberOf("JN010101");
        long before = reads.countByMemberIdAndRecordType(member.getId(), "ID_NUMBER");
        mvc.perform(post("/members/" + member.getId() + "/id-number").with(demo.as("secretary1")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.getIdNumber().value())));
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), "ID_NUMBER")).isEqualTo(before + 1);
    }
}
