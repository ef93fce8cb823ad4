package cn.jinan.care.web.talk;

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

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.obligation.ObligationStatus;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.talk.Talk;
import cn.jinan.care.persistence.audit.SensitiveReadRepository;
import cn.jinan.care.persistence.obligation.ObligationRepository;
import cn.jinan.care.persistence.talk.TalkRepository;
import cn.jinan.care.persistence.talk.TalkService;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CareWebTest
class TalkPagesTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private ObligationRepository obligations;
    @Autowired
    private TalkRepository talks;
    @Autowired
    private SensitiveReadRepository reads;

    private MockHttpServletRequestBuilder talk(Member member, String kind, LocalDate date, UUID token) {
        return post("/talks").with(demo.as("secretary1")).with(csrf())
                .param("memberId", member.getId().toString())
                .param("kind", kind)
                .param("date", date.toString())
                .param("talkerName", "张伟")
                .param("talkerPost", "BRANCH_SECRETARY")
                .param("place", "支部活动室")
                .param("summary", "谈话要点：思想稳定，表示接受处分。")
                .param("token", token.toString());
    }

    private List<Obligation> obligationsOf(Member member) {
        return obligations.findByMember(member.getId());
    }

    @Test
    void aSanctionPutsAnEducationTalkOnTheToDoListAndTheTalkFromItsButtonFulfilsIt() throws Exception {
        Member member = records.newMember("JN010101");
        LocalDate sanctioned = LocalDate.now().minusDays(3);
        mvc.perform(post("/members/" + member.getId() + "/events").with(demo.as("secretary1")).with(csrf())
                        .param("kind", "SANCTIONED").param("date", sanctioned.toString()))
                .andExpect(status().is3xxRedirection());
        Obligation due = obligationsOf(member).get(0);
        assertThat(due.getAction()).isEqualTo(RequiredAction.EDUCATION_TALK);
        assertThat(due.getDueDate()).isEqualTo(sanctioned.plusDays(15));

        // on the branch's to-do list (overdue first, then by due date: a busy branch may list it on a later page)
        boolean listed = false;
        for (int page = 0; page < 20 && !listed; page++) {
            listed = mvc.perform(get("/").param("page", Integer.toString(page)).with(demo.as("secretary1")))
                    .andReturn().getResponse().getContentAsString()
                    .contains("/talks/new?obligation=" + due.getId());
        }
        assertThat(listed).as("the to-do list offers the talk").isTrue();
        mvc.perform(get("/members/" + member.getId()).with(demo.as("secretary1")))
                .andExpect(content().string(containsString("/talks/new?obligation=" + due.getId())));
        mvc.perform(get("/talks/new").param("obligation", due.getId().toString()).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("form", org.hamcrest.Matchers.hasProperty("kind",
                        org.hamcrest.Matchers.equalTo(cn.jinan.care.domain.talk.TalkKind.EDUCATION))))
                .andExpect(content().string(containsString("R08-TALK-ON-EVENT")));

        mvc.perform(talk(member, "EDUCATION", LocalDate.now(), UUID.randomUUID()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("fulfilledRule", "R08-TALK-ON-EVENT"));
        Obligation done = obligations.findById(due.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(done.getFulfilledByType()).isEqualTo("TALK");
        mvc.perform(get("/").with(demo.as("secretary1")))
                .andExpect(content().string(not(containsString("/talks/new?obligation=" + due.getId()))));
    }

    @Test
    void aTalkOfTheWrongKindLeavesTheObligationOpen() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(post("/members/" + member.getId() + "/events").with(demo.as("secretary1")).with(csrf())
                .param("kind", "TRANSFERRED_IN").param("date", LocalDate.now().minusDays(1).toString()));
        mvc.perform(talk(member, "ROUTINE", LocalDate.now(), UUID.randomUUID()))
                .andExpect(flash().attributeCount(1));
        assertThat(obligationsOf(member)).singleElement()
                .satisfies(o -> assertThat(o.getStatus()).isEqualTo(ObligationStatus.OPEN));
    }

    @Test
    void aDoubleSubmitCreatesOneTalk() throws Exception {
        Member member = records.newMember("JN010101");
        UUID token = UUID.randomUUID();
        mvc.perform(talk(member, "ROUTINE", LocalDate.now(), token)).andExpect(status().is3xxRedirection());
        mvc.perform(talk(member, "ROUTINE", LocalDate.now(), token)).andExpect(status().is3xxRedirection());
        assertThat(talks.findByMember(member.getId())).hasSize(1);
    }

    @Test
    void aTalkInTheFutureIsRefusedNextToTheDateWithTheInputKept() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(talk(member, "ROUTINE", LocalDate.now().plusDays(2), UUID.randomUUID()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "date", "PastOrPresent"))
                .andExpect(content().string(containsString("谈话要点：思想稳定")));
        assertThat(talks.findByMember(member.getId())).isEmpty();
    }

    @Test
    void theSummaryIsShownOnlyInScopeAndEachReadIsLogged() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(talk(member, "ROUTINE", LocalDate.now(), UUID.randomUUID()));
        Talk talk = talks.findByMember(member.getId()).get(0);
        long before = reads.countByMemberIdAndRecordType(member.getId(), TalkService.SENSITIVE_TYPE);

        mvc.perform(get("/talks/" + talk.getId()).with(demo.as("secretary2"))).andExpect(status().isNotFound());
        mvc.perform(get("/talks").with(demo.as("secretary2")))
                .andExpect(content().string(not(containsString(member.getName()))));
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), TalkService.SENSITIVE_TYPE)).isEqualTo(before);

        mvc.perform(get("/talks/" + talk.getId()).with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("思想稳定")));
        mvc.perform(get("/talks/" + talk.getId()).with(demo.as("lixia"))).andExpect(status().isOk());
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), TalkService.SENSITIVE_TYPE))
                .isEqualTo(before + 2);
        // lists and the member page never carry the summary
        mvc.perform(get("/talks").with(demo.as("secretary1")))
                .andExpect(content().string(not(containsString("思想稳定"))));
        mvc.perform(get("/members/" + member.getId()).with(demo.as("secretary1")))
                .andExpect(content().string(not(containsString("思想稳定"))));
    }

    @Test
    void aStaleEditGetsAConflictWithTheInputKept() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(talk(member, "ROUTINE", LocalDate.now(), UUID.randomUUID()));
        Talk talk = talks.findByMember(member.getId()).get(0);
        MockHttpServletRequestBuilder first = post("/talks/" + talk.getId()).with(demo.as("secretary1")).with(csrf())
                .param("memberId", member.getId().toString()).param("kind", "ROUTINE")
                .param("date", LocalDate.now().toString()).param("talkerName", "张伟")
                .param("talkerPost", "BRANCH_SECRETARY").param("version", Long.toString(talk.getVersion()));
        mvc.perform(first.param("summary", "第一次修改")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/talks/" + talk.getId()).with(demo.as("secretary1")).with(csrf())
                        .param("memberId", member.getId().toString()).param("kind", "ROUTINE")
                        .param("date", LocalDate.now().toString()).param("talkerName", "张伟")
                        .param("talkerPost", "BRANCH_SECRETARY").param("version", Long.toString(talk.getVersion()))
                        .param("summary", "第二次修改"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("第二次修改")));
    }

    @Test
    void aSecretaryCannotLogATalkForAnotherBranchesMember() throws Exception {
        Member other = records.newMember("JN010102");
        mvc.perform(talk(other, "ROUTINE", LocalDate.now(), UUID.randomUUID())).andExpect(status().isNotFound());
        assertThat(talks.findByMember(other.getId())).isEmpty();
    }

    @Test
    void aResubmittedEventFormRecordsOneEventAndADeathClosesWhatWasOwed() throws Exception {
        Member member = records.newMember("JN010101");
        UUID token = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/members/" + member.getId() + "/events").with(demo.as("secretary1")).with(csrf())
                    .param("kind", "POST_CHANGED").param("date", LocalDate.now().minusDays(2).toString())
                    .param("token", token.toString())).andExpect(status().is3xxRedirection());
        }
        assertThat(obligationsOf(member)).singleElement()
                .satisfies(o -> assertThat(o.getStatus()).isEqualTo(ObligationStatus.OPEN));
        mvc.perform(post("/members/" + member.getId() + "/events").with(demo.as("secretary1")).with(csrf())
                .param("kind", "DIED").param("date", LocalDate.now().toString())
                .param("token", UUID.randomUUID().toString())).andExpect(status().is3xxRedirection());
        assertThat(obligationsOf(member)).hasSize(2)
                .anySatisfy(o -> assertThat(o.getStatus()).isEqualTo(ObligationStatus.WAIVED))
                .anySatisfy(o -> {
                    assertThat(o.getAction()).isEqualTo(RequiredAction.CONDOLENCE_VISIT);
                    assertThat(o.getStatus()).isEqualTo(ObligationStatus.OPEN);
                });
    }
}
