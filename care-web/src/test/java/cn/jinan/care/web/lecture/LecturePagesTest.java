package cn.jinan.care.web.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.lecture.Lecture;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberStatus;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.persistence.lecture.LectureRepository;
import cn.jinan.care.persistence.member.MemberRepository;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CareWebTest
class LecturePagesTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private MemberRepository members;
    @Autowired
    private LectureRepository lectures;

    /** An active leading cadre of the demo data in 历下区 (JN01), lixia's scope. */
    private Member leadingCadreOfLixia() {
        String path = demo.org("JN01").getPath();
        Specification<Member> cadres = (root, query, cb) -> cb.and(cb.isTrue(root.get("leadingCadre")),
                cb.equal(root.get("status"), MemberStatus.ACTIVE),
                cb.like(root.get("organization").get("path"), path + "%"));
        return members.findAll(cadres, PageRequest.of(0, 1, Sort.by("id"))).getContent().stream().findFirst()
                .orElseThrow(() -> new AssertionError("no leading cadre in JN01"));
    }

    private MockHttpServletRequestBuilder lecture(String user, Member speaker, Organization venue, String topic) {
        return lecture(user, speaker, venue, topic, "45");
    }

    private MockHttpServletRequestBuilder lecture(String user, Member speaker, Organization venue, String topic,
            String audienceSize) {
        return post("/lectures").with(demo.as(user)).with(csrf())
                .param("speakerId", speaker.getId().toString())
                .param("venueId", venue.getId().toString())
                .param("date", LocalDate.now().toString())
                .param("topic", topic)
                .param("audienceSize", audienceSize)
                .param("token", UUID.randomUUID().toString());
    }

    @Test
    void aLectureByAMemberWhoIsNotALeadingCadreIsRefused() throws Exception {
        Member member = records.newMember("JN010101");
        mvc.perform(lecture("secretary1", member, demo.org("JN010101"), "不该保存的党课"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "speakerId", "lecture.speaker.not-cadre"))
                .andExpect(content().string(containsString("主讲人须为党员领导干部。")))
                .andExpect(content().string(containsString("不该保存的党课")));
        assertThat(lectures.findBySpeaker(member.getId())).isEmpty();
    }

    @Test
    void aLectureByALeadingCadreIsSaved() throws Exception {
        Member cadre = leadingCadreOfLixia();
        mvc.perform(get("/lectures/new").param("speaker", cadre.getId().toString()).with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(cadre.getName())));
        mvc.perform(get("/lectures/new").with(demo.as("lixia"))).andExpect(status().isOk());

        String topic = "学习贯彻党的二十大精神 " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(lecture("lixia", cadre, demo.org("JN010101"), topic))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/members/" + cadre.getId()))
                .andExpect(flash().attribute("flash", "lecture.logged"));
        Lecture saved = lectures.findBySpeaker(cadre.getId()).stream().filter(l -> l.getTopic().equals(topic))
                .findFirst().orElseThrow();
        assertThat(saved.getAudienceSize()).isEqualTo(45);
        assertThat(saved.getVenue().getId()).isEqualTo(demo.org("JN010101").getId());

        mvc.perform(get("/lectures/" + saved.getId()).with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(topic)))
                .andExpect(content().string(containsString("45人")));
        mvc.perform(get("/lectures").with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(topic)));
        mvc.perform(get("/lectures/" + saved.getId() + "/edit").with(demo.as("lixia"))).andExpect(status().isOk());
        mvc.perform(get("/lectures/" + saved.getId() + "/history").with(demo.as("lixia")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("党课题目")));
    }

    @Test
    void anAudienceOfNoneIsRefusedNextToTheField() throws Exception {
        Member cadre = leadingCadreOfLixia();
        mvc.perform(lecture("lixia", cadre, demo.org("JN010101"), "无人听课", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "audienceSize"));
    }

    @Test
    void aStaleEditGetsAConflictWithTheInputKept() throws Exception {
        Member cadre = leadingCadreOfLixia();
        String topic = "冲突测试 " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(lecture("lixia", cadre, demo.org("JN010101"), topic)).andExpect(status().is3xxRedirection());
        Lecture saved = lectures.findBySpeaker(cadre.getId()).stream().filter(l -> l.getTopic().equals(topic))
                .findFirst().orElseThrow();
        mvc.perform(edit(cadre, saved, topic + " 第一次修改")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/lectures/" + saved.getId()));
        mvc.perform(edit(cadre, saved, topic + " 第二次修改"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(topic + " 第二次修改")));
    }

    private MockHttpServletRequestBuilder edit(Member speaker, Lecture lecture, String topic) {
        return post("/lectures/" + lecture.getId()).with(demo.as("lixia")).with(csrf())
                .param("speakerId", speaker.getId().toString())
                .param("venueId", demo.org("JN010101").getId().toString())
                .param("date", LocalDate.now().toString()).param("topic", topic).param("audienceSize", "50")
                .param("version", Long.toString(lecture.getVersion()));
    }
}
