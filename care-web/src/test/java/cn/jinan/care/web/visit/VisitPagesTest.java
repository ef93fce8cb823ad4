package cn.jinan.care.web.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.obligation.ObligationStatus;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.domain.visit.Visit;
import cn.jinan.care.domain.visit.VisitKind;
import cn.jinan.care.persistence.obligation.ObligationRepository;
import cn.jinan.care.persistence.visit.VisitRepository;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CareWebTest
class VisitPagesTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private ObligationRepository obligations;
    @Autowired
    private VisitRepository visits;

    /** A filled-in visit form; {@code changes} are field, value pairs that replace what is filled in. */
    private MockHttpServletRequestBuilder visit(Member member, String kind, UUID token, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("memberId", member.getId().toString());
        fields.put("kind", kind);
        fields.put("date", LocalDate.now().toString());
        fields.put("visitors", "张伟、李娜");
        fields.put("money", "500.00");
        fields.put("goods", "米、面、油");
        fields.put("goodsValue", "200");
        fields.put("fundingSource", "PARTY_FEES");
        fields.put("notes", "老人身体尚好，子女在外地工作。");
        fields.put("token", token.toString());
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/visits").with(demo.as("secretary1")).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void aSecretaryLogsAVisitForAMemberOfTheBranch() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(get("/visits/new").param("member", member.getId().toString()).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.getName())));

        mvc.perform(visit(member, "HOLIDAY", UUID.randomUUID()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/members/" + member.getId()))
                .andExpect(flash().attribute("flash", "visit.logged"));

        assertThat(visits.findByMember(member.getId())).singleElement().satisfies(v -> {
            assertThat(v.getKind()).isEqualTo(VisitKind.HOLIDAY);
            assertThat(v.getMoney()).isEqualByComparingTo("500");
            assertThat(v.getGoodsValue()).isEqualByComparingTo("200");
            assertThat(v.getFundingSource()).isEqualTo(FundingSource.PARTY_FEES);
            assertThat(v.isFamilyVisited()).isFalse();
        });
        Visit saved = visits.findByMember(member.getId()).get(0);
        mvc.perform(get("/visits/" + saved.getId()).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("500.00元")))
                .andExpect(content().string(containsString("米、面、油（价值200.00元）")))
                .andExpect(content().string(containsString("留存党费")))
                .andExpect(content().string(containsString("张伟、李娜")))
                .andExpect(content().string(containsString("子女在外地工作")))
                .andExpect(content().string(not(containsString("慰问家属"))));
        mvc.perform(get("/visits").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.getName())));
        mvc.perform(get("/visits/" + saved.getId() + "/edit").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("米、面、油")));
        mvc.perform(get("/visits/" + saved.getId() + "/history").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("经费来源")));
        mvc.perform(get("/members/" + member.getId()).with(demo.as("secretary1")))
                .andExpect(content().string(containsString("/visits/" + saved.getId())));
    }

    @Test
    void negativeMoneyIsRefusedNextToTheFieldInChineseWithTheInputKept() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(visit(member, "HARDSHIP", UUID.randomUUID(), "money", "-5"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "money"))
                .andExpect(content().string(containsString("金额不能为负数。")))
                .andExpect(content().string(containsString("子女在外地工作")))
                .andExpect(content().string(containsString("value=\"-5\"")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*<input[^>]*is-invalid[^>]*name=\"money\"[^>]*>\\s*"
                                + "<div class=\"invalid-feedback\">金额不能为负数。</div>.*")));
        assertThat(visits.findByMember(member.getId())).isEmpty();
    }

    @Test
    void moneyWithoutAFundingSourceIsRefusedOnTheFundingSource() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(visit(member, "HARDSHIP", UUID.randomUUID(), "fundingSource", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "fundingSource",
                        "visit.funding-source.required"))
                .andExpect(content().string(containsString("请选择经费来源")));
        assertThat(visits.findByMember(member.getId())).isEmpty();
    }

    @Test
    void aVisitWithNothingGivenNeedsNoFundingSource() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(visit(member, "HOLIDAY", UUID.randomUUID(), "money", "", "goods", "",
                        "goodsValue", "", "fundingSource", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(visits.findByMember(member.getId())).singleElement()
                .satisfies(v -> assertThat(v.totalValue()).isEqualByComparingTo(BigDecimal.ZERO));
    }

    @Test
    void aCondolenceVisitAfterADeathFulfilsTheCondolenceObligation() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(post("/members/" + member.getId() + "/events").with(demo.as("secretary1")).with(csrf())
                        .param("kind", "DIED").param("date", LocalDate.now().minusDays(2).toString()))
                .andExpect(status().is3xxRedirection());
        Obligation due = obligations.findByMember(member.getId()).stream()
                .filter(o -> o.getAction() == RequiredAction.CONDOLENCE_VISIT).findFirst().orElseThrow();

        mvc.perform(get("/visits/new").param("obligation", due.getId().toString()).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("form", hasProperty("kind", equalTo(VisitKind.CONDOLENCE))))
                .andExpect(model().attribute("form", hasProperty("familyVisited", equalTo(true))))
                .andExpect(model().attribute("form", hasProperty("memberId", equalTo(member.getId()))))
                .andExpect(content().string(containsString("R29-CONDOLENCE")));

        mvc.perform(visit(member, "CONDOLENCE", UUID.randomUUID()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("fulfilledRule", "R29-CONDOLENCE"));
        Obligation done = obligations.findById(due.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(done.getFulfilledByType()).isEqualTo("VISIT");
        Visit visit = visits.findByMember(member.getId()).get(0);
        assertThat(visit.isFamilyVisited()).isTrue();
        mvc.perform(get("/visits/" + visit.getId()).with(demo.as("secretary1")))
                .andExpect(content().string(containsString("慰问家属")));
    }

    @Test
    void aDoubleSubmitCreatesOneVisit() throws Exception {
        Member member = records.newMember("JN010101");
        UUID token = UUID.randomUUID();
        mvc.perform(visit(member, "HOLIDAY", token)).andExpect(status().is3xxRedirection());
        mvc.perform(visit(member, "HOLIDAY", token)).andExpect(status().is3xxRedirection());
        assertThat(visits.findByMember(member.getId())).hasSize(1);
    }

    @Test
    void aSecretaryCannotLogAVisitForAnotherBranchesMember() throws Exception {
        Member other = records.newMember("JN010102");
        mvc.perform(visit(other, "HOLIDAY", UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/visits/new").param("member", other.getId().toString()).with(demo.as("secretary1")))
                .andExpect(status().isNotFound());
        assertThat(visits.findByMember(other.getId())).isEmpty();
    }

    @Test
    void aStaleEditGetsAConflictWithTheInputKept() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(visit(member, "HOLIDAY", UUID.randomUUID()));
        Visit visit = visits.findByMember(member.getId()).get(0);
        mvc.perform(edit(member, visit, "第一次修改")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/visits/" + visit.getId()));
        mvc.perform(edit(member, visit, "第二次修改"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("第二次修改")))
                .andExpect(content().string(containsString("该记录已被他人修改")));
        assertThat(visits.findById(visit.getId()).orElseThrow().getNotes()).isEqualTo("第一次修改");
    }

    private MockHttpServletRequestBuilder edit(Member member, Visit visit, String notes) {
        return post("/visits/" + visit.getId()).with(demo.as("secretary1")).with(csrf())
                .param("memberId", member.getId().toString())
                .param("kind", "HOLIDAY").param("date", LocalDate.now().toString()).param("visitors", "张伟")
                .param("money", "300").param("fundingSource", "BUDGET").param("notes", notes)
                .param("version", Long.toString(visit.getVersion()));
    }
}
