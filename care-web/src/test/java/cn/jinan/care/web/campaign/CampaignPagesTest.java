package cn.jinan.care.web.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.campaign.CampaignStatus;
import cn.jinan.care.domain.campaign.VisitCampaign;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.obligation.ObligationStatus;
import cn.jinan.care.persistence.campaign.VisitCampaignRepository;
import cn.jinan.care.persistence.obligation.ObligationRepository;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CareWebTest
class CampaignPagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private VisitCampaignRepository campaigns;
    @Autowired
    private ObligationRepository obligations;

    private MockHttpServletRequestBuilder plan(String user, String name, LocalDate start, LocalDate end,
            Member... named) {
        MockHttpServletRequestBuilder request = post("/campaigns").with(demo.as(user)).with(csrf())
                .param("name", name).param("windowStart", start.toString()).param("windowEnd", end.toString())
                .param("targets", "CUSTOM").param("standardAmount", "300").param("fundingSource", "PARTY_FEES")
                .param("token", UUID.randomUUID().toString());
        for (Member m : named) {
            request.param("customMembers", m.getId().toString());
        }
        return request;
    }

    private long planned(String user, String name, Member... named) throws Exception {
        MvcResult result = mvc.perform(plan(user, name, TODAY.minusDays(5), TODAY.plusDays(10), named))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "campaign.planned")).andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/campaigns/", ""));
    }

    private MockHttpServletRequestBuilder step(String user, long id, String step) {
        VisitCampaign c = campaigns.findById(id).orElseThrow();
        return post("/campaigns/" + id + "/" + step).with(demo.as(user)).with(csrf())
                .param("version", Long.toString(c.getVersion()));
    }

    private List<Obligation> dueFor(Member member, long campaignId) {
        return obligations.findByMember(member.getId()).stream()
                .filter(o -> o.getCampaignId() != null && o.getCampaignId() == campaignId).toList();
    }

    @Test
    void theOrganizationDepartmentPlansOpensAndFollowsACampaignToTheVisit() throws Exception {
        Member member = records.newMember("JN010101");
        long id = planned("lixia", "测试春节走访慰问", member);
        assertThat(campaigns.findById(id).orElseThrow().getStatus()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(dueFor(member, id)).isEmpty();

        mvc.perform(step("lixia", id, "open")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "campaign.opened"))
                .andExpect(flash().attribute("madeDue", 1));
        Obligation due = dueFor(member, id).get(0);
        assertThat(due.getStatus()).isEqualTo(ObligationStatus.OPEN);

        mvc.perform(get("/campaigns/" + id).with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.getName())))
                .andExpect(content().string(containsString("/members/" + member.getId())))
                .andExpect(content().string(containsString("/visits/new?obligation=" + due.getId())));
        // the visit form comes pre-filled with the campaign's standard amount
        mvc.perform(get("/visits/new").param("obligation", Long.toString(due.getId())).param("money", "300.00")
                        .param("fundingSource", "PARTY_FEES").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"300.00\"")));

        mvc.perform(post("/visits").with(demo.as("secretary1")).with(csrf())
                        .param("memberId", member.getId().toString()).param("kind", "HOLIDAY")
                        .param("date", TODAY.toString()).param("visitors", "张伟").param("money", "300")
                        .param("fundingSource", "PARTY_FEES").param("token", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(dueFor(member, id).get(0).getStatus()).isEqualTo(ObligationStatus.FULFILLED);
        mvc.perform(get("/campaigns/" + id).with(demo.as("lixia")))
                .andExpect(content().string(containsString("100.0%")))
                .andExpect(content().string(containsString("走访对象均已走访")));

        mvc.perform(step("lixia", id, "close")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "campaign.closed-now"));
        mvc.perform(get("/campaigns").param("year", Integer.toString(TODAY.minusDays(5).getYear()))
                        .with(demo.as("lixia")))
                .andExpect(content().string(containsString("测试春节走访慰问")));
    }

    @Test
    void aSecretarySeesTheOwnBranchsCoverageAndCannotRunTheCampaign() throws Exception {
        Member own = records.newMember("JN010101");
        Member neighbours = records.newMember("JN010102");
        long id = planned("lixia", "测试七一走访慰问", own, neighbours);
        mvc.perform(step("lixia", id, "open")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/campaigns").with(demo.as("secretary1")))
                .andExpect(content().string(containsString("测试七一走访慰问")));
        mvc.perform(get("/campaigns/" + id).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(own.getName())))
                .andExpect(content().string(not(containsString(neighbours.getName()))))
                .andExpect(content().string(not(containsString("/campaigns/" + id + "/close"))));
        mvc.perform(get("/campaigns/" + id).with(demo.as("secretary2")))
                .andExpect(content().string(containsString(neighbours.getName())))
                .andExpect(content().string(not(containsString(own.getName()))));
        mvc.perform(get("/campaigns/" + id).with(demo.as("city")))
                .andExpect(content().string(containsString(own.getName())))
                .andExpect(content().string(containsString(neighbours.getName())));

        mvc.perform(step("secretary1", id, "close")).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/" + id + "/edit").with(demo.as("secretary1"))).andExpect(status().isForbidden());
        assertThat(campaigns.findById(id).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefusedNextToItWithTheInputKept() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(plan("lixia", "测试校验保留的活动名称", TODAY, TODAY.minusDays(1), member))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "windowEnd", "campaign.window.end-before-start"))
                .andExpect(content().string(containsString("结束日期不能早于开始日期")))
                .andExpect(content().string(containsString("测试校验保留的活动名称")));
        mvc.perform(post("/campaigns").with(demo.as("lixia")).with(csrf()).param("name", "没有对象")
                        .param("windowStart", TODAY.toString()).param("windowEnd", TODAY.toString())
                        .param("standardAmount", "100"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "targets"))
                .andExpect(content().string(containsString("没有对象")));
        mvc.perform(post("/campaigns").with(demo.as("lixia")).with(csrf()).param("name", "缺经费来源")
                        .param("windowStart", TODAY.toString()).param("windowEnd", TODAY.toString())
                        .param("targets", "HARDSHIP").param("standardAmount", "100"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "fundingSource",
                        "campaign.funding-source.required"));
    }

    @Test
    void theHistoryShowsEachChangeAndAStaleEditIsAConflict() throws Exception {
        Member member = records.newMember("JN010101");
        long id = planned("lixia", "测试重阳节走访", member);
        long version = campaigns.findById(id).orElseThrow().getVersion();
        MockHttpServletRequestBuilder edit = post("/campaigns/" + id).with(demo.as("lixia")).with(csrf())
                .param("name", "测试重阳节走访慰问老党员").param("windowStart", TODAY.minusDays(5).toString())
                .param("windowEnd", TODAY.plusDays(10).toString()).param("targets", "CUSTOM")
                .param("customMembers", member.getId().toString()).param("standardAmount", "300")
                .param("fundingSource", "PARTY_FEES").param("version", Long.toString(version));
        mvc.perform(edit).andExpect(status().is3xxRedirection());
        mvc.perform(edit).andExpect(status().isConflict())
                .andExpect(content().string(containsString("测试重阳节走访慰问老党员")));

        mvc.perform(get("/campaigns/" + id + "/history").with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("活动名称")))
                .andExpect(content().string(containsString("测试重阳节走访")))
                .andExpect(content().string(containsString("测试重阳节走访慰问老党员")));
        mvc.perform(get("/campaigns/" + id + "/history").with(demo.as("secretary1"))).andExpect(status().isOk());
    }

    @Test
    void aCityCampaignIsFollowedBelowButRunOnlyByTheCity() throws Exception {
        Member inLixia = records.newMember("JN010101");
        Member inShizhong = records.newMember("JN020101");
        long id = planned("city", "测试全市走访", inLixia, inShizhong);
        mvc.perform(step("city", id, "open")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/campaigns/" + id).with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(inLixia.getName())))
                .andExpect(content().string(not(containsString(inShizhong.getName()))));
        mvc.perform(get("/campaigns/" + id + "/edit").with(demo.as("lixia"))).andExpect(status().isNotFound());
        mvc.perform(step("lixia", id, "close")).andExpect(status().isNotFound());
        assertThat(campaigns.findById(id).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void theCoverageExportsPerOrganizationWithTheTotal() throws Exception {
        Member a = records.newMember("JN010101");
        Member b = records.newMember("JN010102");
        long id = planned("lixia", "导出测试走访/慰问", a, b);
        mvc.perform(step("lixia", id, "open")).andExpect(status().is3xxRedirection());
        var response = mvc.perform(get("/campaigns/" + id + "/export").with(demo.as("lixia")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).contains(".xlsx").doesNotContain("/慰问");
        List<List<String>> rows = cn.jinan.care.web.support.Xlsx.rows(response.getContentAsByteArray());
        assertThat(rows.get(0)).containsExactly("所在组织", "走访对象", "已走访", "未走访", "覆盖率", "慰问金（元）");
        assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).startsWith("合计"));
        assertThat(rows.get(rows.size() - 1)).contains("2", "0");
        mvc.perform(get("/campaigns/" + id + "/export").with(demo.as("secretary1"))).andExpect(status().isOk());
        mvc.perform(get("/campaigns/987654321/export").with(demo.as("lixia"))).andExpect(status().isNotFound());
    }
}
