package cn.jinan.care.web.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import cn.jinan.care.web.support.Xlsx;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 第7条: delegates' proposals and motions, the sessions they are called to and their attendance. */
@CareWebTest
class DelegatePagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final MemberFlags DELEGATE = new MemberFlags(false, false, Household.URBAN, false, false,
            DelegateLevel.COUNTY, false);

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;

    private List<Member> delegates(int n) {
        return IntStream.range(0, n).mapToObj(i -> records.newMember("JN010101", DELEGATE)).toList();
    }

    private MockHttpServletRequestBuilder proposal(String user, Member lead, List<Member> coSigners, String title) {
        return proposal(user, "PROPOSAL", lead, coSigners, title);
    }

    private MockHttpServletRequestBuilder proposal(String user, String kind, Member lead, List<Member> coSigners,
            String title) {
        MockHttpServletRequestBuilder b = post("/delegates/proposals").with(demo.as(user)).with(csrf())
                .param("kind", kind).param("delegateId", lead.getId().toString())
                .param("congress", kind.equals("PROPOSAL") ? "中共历下区第十二次代表大会第三次会议" : "").param("title", title)
                .param("content", "建议加快老旧小区加装电梯。").param("addressee", "中共历下区委")
                .param("submittedOn", TODAY.toString()).param("token", UUID.randomUUID().toString());
        coSigners.forEach(m -> b.param("coSignerIds", m.getId().toString()));
        return b;
    }

    private long idOf(MvcResult r) {
        String location = r.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void tooFewSignersIsRefusedWithTheInputKeptThenAJointProposalIsReadByTheBranch() throws Exception {
        List<Member> d = delegates(5);
        String title = "关于老旧小区加装电梯的提案" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(proposal("lixia", d.get(0), d.subList(1, 3), title))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "coSignerIds", "proposal.signers.too-few"))
                .andExpect(content().string(containsString("5名以上党代表联名")))
                .andExpect(content().string(containsString(title)));
        long id = idOf(mvc.perform(proposal("lixia", d.get(0), d.subList(1, 5), title))
                .andExpect(status().is3xxRedirection()).andReturn());
        mvc.perform(get("/delegates/proposals").with(demo.as("secretary1")))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/delegates/proposals/" + id).with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(d.get(4).getName())));
        mvc.perform(get("/delegates/proposals/" + id).with(demo.as("secretary2"))).andExpect(status().isNotFound());
        mvc.perform(proposal("secretary1", d.get(0), d.subList(1, 5), title)).andExpect(status().isForbidden());
    }

    @Test
    void aMotionIsDecidedRepliedAndShowsInTheHistoryAndTheExport() throws Exception {
        Member lead = delegates(1).get(0);
        String title = "关于增设社区食堂的提议" + UUID.randomUUID().toString().substring(0, 6);
        long id = idOf(mvc.perform(proposal("lixia", "MOTION", lead, List.of(), title)).andExpect(status().is3xxRedirection()).andReturn());
        mvc.perform(post("/delegates/proposals/" + id + "/steps/reply").with(demo.as("lixia")).with(csrf())
                        .param("date", TODAY.toString()).param("note", "过早的答复").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能进行此步骤")))
                .andExpect(content().string(containsString("过早的答复")));
        mvc.perform(post("/delegates/proposals/" + id + "/steps/decide").with(demo.as("lixia")).with(csrf())
                .param("decision", "NOT_ACCEPT").param("date", TODAY.toString())
                .param("note", "不属于区委职权范围").param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/delegates/proposals/" + id + "/steps/reply").with(demo.as("lixia")).with(csrf())
                .param("date", TODAY.toString()).param("note", "已向代表书面说明").param("version", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/delegates/proposals/" + id + "/history").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不予立案")))
                .andExpect(content().string(containsString("已向代表书面说明")));
        byte[] body = mvc.perform(get("/delegates/proposals/export").param("kind", "MOTION")
                .with(demo.as("lixia"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = Xlsx.rows(body);
        assertThat(rows.get(0)).contains("类别", "标题", "领衔代表", "答复内容");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(title, lead.getName(), "已答复"));
    }

    @Test
    void aSessionCallsTheBranchesDelegatesAndTheRatesFollow() throws Exception {
        List<Member> d = delegates(2);
        String title = "党代表学习培训班" + UUID.randomUUID().toString().substring(0, 6);
        long id = idOf(mvc.perform(post("/delegates/sessions").with(demo.as("lixia")).with(csrf())
                .param("organizationId", demo.org("JN010101").getId().toString()).param("kind", "TRAINING")
                .param("heldOn", TODAY.toString()).param("title", title)
                .param("presentIds", d.get(0).getId().toString())
                .param("token", UUID.randomUUID().toString())).andExpect(status().is3xxRedirection()).andReturn());
        mvc.perform(get("/delegates/sessions/" + id).with(demo.as("secretary1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(d.get(1).getName())))
                .andExpect(content().string(containsString("缺席")));
        mvc.perform(get("/delegates/sessions/" + id).with(demo.as("secretary2"))).andExpect(status().isNotFound());
        byte[] body = mvc.perform(get("/delegates/attendance/export").with(demo.as("secretary1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = Xlsx.rows(body);
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(d.get(0).getName(), "芙蓉街社区党支部", "1", "1", "100.0"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(d.get(1).getName(), "芙蓉街社区党支部", "1", "0", "0.0"));
        mvc.perform(post("/delegates/sessions").with(demo.as("lixia")).with(csrf())
                        .param("organizationId", demo.org("JN010101").getId().toString()).param("kind", "TRAINING")
                        .param("heldOn", TODAY.plusDays(3).toString()).param("title", "未来的培训保留")
                        .param("token", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "heldOn"))
                .andExpect(content().string(containsString("未来的培训保留")));
        mvc.perform(get("/delegates/sessions/" + id + "/history").with(demo.as("lixia")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(title)));
    }
}
