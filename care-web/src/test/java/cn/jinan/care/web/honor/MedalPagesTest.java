package cn.jinan.care.web.honor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.honor.Honor;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.sanction.SanctionDetails;
import cn.jinan.care.domain.sanction.SanctionType;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.persistence.honor.HonorRepository;
import cn.jinan.care.persistence.sanction.SanctionService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Xlsx;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The medal's page (R09-MEDAL-50): who is due it this year, who is held back and why, batch and single awards. */
@CareWebTest
class MedalPagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int YEAR = TODAY.getYear();
    // the earliest full-membership dates of the branch: these members head the candidate list
    private static final LocalDate LONG_AGO = LocalDate.of(1941, 3, 1);

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private OldMembers oldMembers;
    @Autowired
    private HonorRepository honors;
    @Autowired
    private SanctionService sanctions;

    private MockHttpServletRequestBuilder award(String user, Member... members) {
        MockHttpServletRequestBuilder post = post("/medals/award").with(demo.as(user)).with(csrf())
                .param("year", Integer.toString(YEAR)).param("awardedOn", TODAY.toString())
                .param("awardingBody", "中共中央").param("documentNumber", "中组发〔" + YEAR + "〕8号")
                .param("token", UUID.randomUUID().toString());
        for (Member m : members) {
            post = post.param("memberIds", m.getId().toString());
        }
        return post;
    }

    private List<Honor> medalsOf(Member m) {
        return honors.findByMember(m.getId()).stream().filter(Honor::isMedal).toList();
    }

    @Test
    void theBranchSecretarySeesTheBranchsCandidatesWithWhyButCannotAward() throws Exception {
        Member old = oldMembers.fullSince("JN010101", LONG_AGO);
        mvc.perform(get("/medals").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(old.getName())))
                .andExpect(content().string(containsString("党龄" + (YEAR - 1941) + "年")))
                .andExpect(content().string(not(containsString("颁发给所选党员"))));
        mvc.perform(get("/medals").with(demo.as("secretary2")))
                .andExpect(content().string(not(containsString(old.getName()))));
        mvc.perform(award("secretary1", old)).andExpect(status().isForbidden());
        assertThat(medalsOf(old)).isEmpty();
    }

    @Test
    void theOrganizationDepartmentAwardsABatchAndTheyMoveToTheAwardedList() throws Exception {
        Member a = oldMembers.fullSince("JN010101", LONG_AGO);
        Member b = oldMembers.fullSince("JN010102", LONG_AGO);
        mvc.perform(award("lixia", a, b)).andExpect(status().is3xxRedirection());
        assertThat(medalsOf(a)).hasSize(1);
        assertThat(medalsOf(b)).hasSize(1);
        mvc.perform(get("/medals").param("view", "AWARDED").with(demo.as("lixia")))
                .andExpect(content().string(containsString(a.getName())))
                .andExpect(content().string(containsString(b.getName())));
        mvc.perform(get("/medals").with(demo.as("lixia")))
                .andExpect(content().string(not(containsString(a.getName()))));
        // awarding again is refused, next to the list, naming the member
        mvc.perform(award("lixia", a))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "memberIds", "medal.not-candidate.AWARDED"))
                .andExpect(content().string(containsString(a.getName() + "已获得过纪念章")));
        assertThat(medalsOf(a)).hasSize(1);
    }

    @Test
    void aRowsButtonAwardsThatMemberOnly() throws Exception {
        Member a = oldMembers.fullSince("JN010101", LONG_AGO);
        Member b = oldMembers.fullSince("JN010101", LONG_AGO);
        mvc.perform(award("lixia", b).param("single", a.getId().toString())).andExpect(status().is3xxRedirection());
        assertThat(medalsOf(a)).hasSize(1);
        assertThat(medalsOf(b)).isEmpty();
    }

    @Test
    void aBatchWithAHeldBackMemberAwardsNobodyAndTheHeldBackListSaysUntilWhen() throws Exception {
        Member due = oldMembers.fullSince("JN010101", LONG_AGO);
        Member held = oldMembers.fullSince("JN010101", LONG_AGO);
        LocalDate decided = LocalDate.of(YEAR, 6, 1).isAfter(TODAY) ? TODAY : LocalDate.of(YEAR, 6, 1);
        AuditActor.runAs("test", () -> sanctions.record(DataScope.of(demo.org("JN01")), UUID.randomUUID(),
                held.getId(), new SanctionDetails(SanctionType.WARNING, decided, "中共历下区纪委", null, null, "违纪")));
        mvc.perform(award("lixia", due, held))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(held.getName() + "处于处分或组织处理影响期内")));
        assertThat(medalsOf(due)).isEmpty();
        String until = decided.plusMonths(12).minusDays(1).getYear() + "年";
        mvc.perform(get("/medals").param("view", "HELD_BACK").with(demo.as("secretary1")))
                .andExpect(content().string(containsString(held.getName())))
                .andExpect(content().string(containsString("影响期至" + until)));
        mvc.perform(get("/medals").with(demo.as("secretary1")))
                .andExpect(content().string(not(containsString(held.getName()))));
    }

    @Test
    void awardingAMemberOutsideTheScopeIsNotFound() throws Exception {
        Member far = oldMembers.fullSince("JN020101", LONG_AGO);
        mvc.perform(award("lixia", far)).andExpect(status().isNotFound());
        assertThat(medalsOf(far)).isEmpty();
    }

    @Test
    void nothingTickedIsRefusedWithTheFormKept() throws Exception {
        mvc.perform(award("lixia"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "memberIds", "medal.none-chosen"))
                .andExpect(content().string(containsString("中组发〔" + YEAR + "〕8号")));
    }

    @Test
    void theExportHoldsTheListInScope() throws Exception {
        Member own = oldMembers.fullSince("JN010101", LONG_AGO);
        Member far = oldMembers.fullSince("JN020101", LONG_AGO);
        byte[] body = mvc.perform(get("/medals/export").param("org", demo.org("JN010101").getId().toString())
                        .with(demo.as("lixia")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = Xlsx.rows(body);
        assertThat(rows.get(0)).contains("党员", "转正日期");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(own.getName(), LONG_AGO.toString()));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains(far.getName()));
    }
}
