package cn.jinan.care.persistence.obligation;

import static cn.jinan.care.persistence.testdata.MemberProfiles.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEvent;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.obligation.ObligationStatus;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.talk.Talk;
import cn.jinan.care.domain.talk.TalkDetails;
import cn.jinan.care.domain.talk.TalkKind;
import cn.jinan.care.domain.talk.TalkerPost;
import cn.jinan.care.domain.visit.Visit;
import cn.jinan.care.domain.visit.VisitDetails;
import cn.jinan.care.domain.visit.VisitKind;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.talk.TalkService;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import cn.jinan.care.persistence.visit.VisitService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events open obligations (POLICY.md, "Obligations triggered by events"); talks and visits fulfil them, in the
 * transaction that writes them, on the embedded PostgreSQL.
 */
@PersistenceTest
class ObligationFlowTest {

    @Autowired
    TestTrees trees;

    @Autowired
    MemberService members;

    @Autowired
    ObligationService obligations;

    @Autowired
    TalkService talks;

    @Autowired
    VisitService visits;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    TestTree tree;
    Organization district;
    Organization branch;
    DataScope scope;
    LocalDate today;

    @BeforeEach
    void aBranch() {
        tree = trees.newTree();
        district = tree.district("历下区委");
        branch = tree.branch(tree.street(district, "解放路街道党工委"), "第一支部");
        scope = DataScope.of(branch);
        today = LocalDate.now(clock);
    }

    // ---- helpers

    /** An old member (the test tree's members are born around 1950), working, of the branch. */
    private Member oldMember(String name) {
        return tree.member(branch, name);
    }

    private MemberEvent record(Member member, MemberEventKind kind, LocalDate date) {
        return as("secretary", () -> members.recordEvent(scope, member.getId(), kind, date, null));
    }

    private Logged talk(Member member, TalkKind kind, LocalDate date) {
        return as("secretary", () -> talks.log(scope, UUID.randomUUID(), member.getId(), talkDetails(kind, date)));
    }

    private static TalkDetails talkDetails(TalkKind kind, LocalDate date) {
        return new TalkDetails(date, kind, "李书记", TalkerPost.BRANCH_SECRETARY, "支部活动室", "谈心谈话纪要");
    }

    private Logged visit(Member member, VisitKind kind, LocalDate date) {
        return as("secretary", () -> visits.log(scope, UUID.randomUUID(), member.getId(),
                new VisitDetails(date, kind, "李书记、王委员", false, null, null, null, null, null)));
    }

    private List<Obligation> obligationsOf(Member member) {
        return obligations.forMember(member.getId());
    }

    private Obligation onlyObligationOf(Member member) {
        List<Obligation> all = obligationsOf(member);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static <T> T as(String actor, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AuditActor.runAs(actor, () -> result.set(work.get()));
        return result.get();
    }

    // ---- events open obligations

    @ParameterizedTest(name = "{0} → {1} {2} within {3} days")
    @CsvSource({
            "ADMITTED,         R08-TALK-ON-EVENT,   ENCOURAGEMENT_TALK, 30",
            "TRANSFERRED_IN,   R08-TALK-ON-EVENT,   ENCOURAGEMENT_TALK, 30",
            "HONORED,          R08-TALK-ON-EVENT,   ENCOURAGEMENT_TALK, 30",
            "SANCTIONED,       R08-TALK-ON-EVENT,   EDUCATION_TALK,     15",
            "TENDENCY_PROBLEM, R08-TALK-ON-EVENT,   EDUCATION_TALK,     15",
            "POST_CHANGED,     R08-TALK-ON-EVENT,   POST_CHANGE_TALK,   30",
            "FAMILY_DISASTER,  R27-EMERGENCY-VISIT, EMERGENCY_VISIT,    7",
            "CRITICALLY_ILL,   R29-END-OF-LIFE,     END_OF_LIFE_VISIT,  7",
            "DIED,             R29-CONDOLENCE,      CONDOLENCE_VISIT,   7"})
    void recordingAnEventOpensTheObligationOfTheTableWithItsDueDate(MemberEventKind kind, String rule,
            RequiredAction action, int days) {
        Member member = oldMember("张建国");
        LocalDate eventDate = today.minusDays(3);

        MemberEvent event = record(member, kind, eventDate);

        Obligation obligation = onlyObligationOf(member);
        assertThat(obligation.getRule().code()).isEqualTo(rule);
        assertThat(obligation.getAction()).isEqualTo(action);
        assertThat(obligation.getAroseOn()).isEqualTo(eventDate);
        assertThat(obligation.getDueDate()).isEqualTo(eventDate.plusDays(days));
        assertThat(obligation.getStatus()).isEqualTo(ObligationStatus.OPEN);
        assertThat(obligation.getEvent().getId()).isEqualTo(event.getId());
        assertThat(obligation.getCreatedBy()).isEqualTo("secretary");
    }

    @Test
    void theSeriousIllnessOfAnOldMemberOpensAHomeVisitDueInThreeMonths() {
        Member old = oldMember("张建国");
        LocalDate ill = today.minusDays(3);

        record(old, MemberEventKind.SERIOUSLY_ILL, ill);

        assertThat(obligationsOf(old))
                .extracting(Obligation::getRule, Obligation::getAction, Obligation::getDueDate, Obligation::getStatus)
                .containsExactly(tuple(RuleCode.R26_OLD_MEMBER_VISIT, RequiredAction.OLD_MEMBER_VISIT,
                        ill.plusMonths(3), ObligationStatus.OPEN));
    }

    @Test
    void theSeriousIllnessOfAYoungWorkingMemberOpensNothing() {
        Member young = tree.member(branch, aMember().name("李明").born(today.minusYears(45)));

        record(young, MemberEventKind.SERIOUSLY_ILL, today.minusDays(3));

        assertThat(obligationsOf(young)).isEmpty();
    }

    @Test
    void eventsOutsideTheTableOpenNothing() {
        Member member = tree.member(branch, aMember().name("王芳").probationary().admitted(today.minusYears(1)));

        record(member, MemberEventKind.BECAME_FULL_MEMBER, today.minusDays(2));
        record(member, MemberEventKind.TRANSFERRED_OUT, today.minusDays(1));

        assertThat(obligationsOf(member)).isEmpty();
    }

    // ---- talks fulfil the R08 obligations

    @Test
    void aMatchingTalkFulfilsTheObligation() {
        Member member = oldMember("张建国");
        record(member, MemberEventKind.TRANSFERRED_IN, today.minusDays(10));
        LocalDate talked = today.minusDays(4);

        Logged logged = talk(member, TalkKind.ENCOURAGEMENT, talked);

        assertThat(logged.fulfilled()).hasValueSatisfying(o -> {
            assertThat(o.getRule()).isEqualTo(RuleCode.R08_TALK_ON_EVENT);
            assertThat(o.getAction()).isEqualTo(RequiredAction.ENCOURAGEMENT_TALK);
        });
        Obligation stored = onlyObligationOf(member);
        assertThat(stored.getId()).isEqualTo(logged.fulfilled().orElseThrow().getId());
        assertThat(stored.getStatus()).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(stored.getFulfilledByType()).isEqualTo("TALK");
        assertThat(stored.getFulfilledById()).isEqualTo(logged.id());
        assertThat(stored.getFulfilledOn()).isEqualTo(talked);
        assertThat(stored.isLate()).isFalse();
    }

    @Test
    void aTalkAfterTheLimitFulfilsTheObligationLate() {
        Member member = oldMember("张建国");
        LocalDate sanctioned = today.minusDays(40);
        record(member, MemberEventKind.SANCTIONED, sanctioned);

        talk(member, TalkKind.EDUCATION, sanctioned.plusDays(16));

        Obligation stored = onlyObligationOf(member);
        assertThat(stored.getStatus()).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(stored.isLate()).isTrue();
    }

    @Test
    void aTalkOfAnotherKindDoesNotFulfilTheObligation() {
        Member member = oldMember("张建国");
        record(member, MemberEventKind.POST_CHANGED, today.minusDays(10));

        assertThat(talk(member, TalkKind.ENCOURAGEMENT, today.minusDays(5)).fulfilled()).isEmpty();
        assertThat(talk(member, TalkKind.ROUTINE, today.minusDays(5)).fulfilled()).isEmpty();

        assertThat(onlyObligationOf(member).getStatus()).isEqualTo(ObligationStatus.OPEN);
    }

    @Test
    void aTalkWithAnotherMemberDoesNotFulfilThisMembersObligation() {
        Member member = oldMember("张建国");
        Member other = oldMember("李建华");
        record(member, MemberEventKind.HONORED, today.minusDays(10));

        Logged logged = talk(other, TalkKind.ENCOURAGEMENT, today.minusDays(5));

        assertThat(logged.fulfilled()).isEmpty();
        assertThat(onlyObligationOf(member).getStatus()).isEqualTo(ObligationStatus.OPEN);
    }

    @Test
    void aTalkHeldBeforeTheEventDoesNotFulfilIt() {
        Member member = oldMember("张建国");
        LocalDate transferredIn = today.minusDays(10);
        record(member, MemberEventKind.TRANSFERRED_IN, transferredIn);

        Logged logged = talk(member, TalkKind.ENCOURAGEMENT, transferredIn.minusDays(1));

        assertThat(logged.fulfilled()).isEmpty();
        assertThat(onlyObligationOf(member).getStatus()).isEqualTo(ObligationStatus.OPEN);
    }

    @Test
    void aTalkHeldBeforeTheEventAndEnteredBeforeItWasRecordedIsNotMatchedWhenItIs() {
        Member member = oldMember("张建国");
        LocalDate transferredIn = today.minusDays(10);
        talk(member, TalkKind.ENCOURAGEMENT, transferredIn.minusDays(1));

        record(member, MemberEventKind.TRANSFERRED_IN, transferredIn);

        assertThat(onlyObligationOf(member).getStatus()).isEqualTo(ObligationStatus.OPEN);
    }

    @Test
    void aTalkHeldAfterTheEventButEnteredBeforeTheEventWasRecordedFulfilsItWhenTheEventIsRecorded() {
        Member member = oldMember("张建国");
        LocalDate transferredIn = today.minusDays(10);
        LocalDate talked = today.minusDays(6);
        Logged logged = talk(member, TalkKind.ENCOURAGEMENT, talked);
        assertThat(logged.fulfilled()).isEmpty();

        record(member, MemberEventKind.TRANSFERRED_IN, transferredIn);

        Obligation stored = onlyObligationOf(member);
        assertThat(stored.getStatus()).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(stored.fulfilledBy("TALK", logged.id())).isTrue();
        assertThat(stored.getFulfilledOn()).isEqualTo(talked);
    }

    @Test
    void aTalkThatAlreadyFulfilsOneObligationIsNotUsedForAnother() {
        Member member = oldMember("张建国");
        record(member, MemberEventKind.TRANSFERRED_IN, today.minusDays(10));
        Logged logged = talk(member, TalkKind.ENCOURAGEMENT, today.minusDays(6));

        record(member, MemberEventKind.HONORED, today.minusDays(8));

        assertThat(obligationsOf(member))
                .extracting(Obligation::getAroseOn, Obligation::getStatus, Obligation::getFulfilledById)
                .containsExactlyInAnyOrder(
                        tuple(today.minusDays(10), ObligationStatus.FULFILLED, logged.id()),
                        tuple(today.minusDays(8), ObligationStatus.OPEN, null));
    }

    @Test
    void aTalkFulfilsTheOldestOpenObligationOfItsKind() {
        Member member = oldMember("张建国");
        record(member, MemberEventKind.HONORED, today.minusDays(8));
        record(member, MemberEventKind.TRANSFERRED_IN, today.minusDays(12));

        Logged logged = talk(member, TalkKind.ENCOURAGEMENT, today.minusDays(2));

        assertThat(logged.fulfilled()).map(Obligation::getAroseOn).contains(today.minusDays(12));
    }

    @Test
    void changingATalksKindSoThatItNoLongerMatchesReopensTheObligation() {
        Member member = oldMember("张建国");
        record(member, MemberEventKind.TRANSFERRED_IN, today.minusDays(10));
        LocalDate talked = today.minusDays(4);
        Logged logged = talk(member, TalkKind.ENCOURAGEMENT, talked);
        assertThat(onlyObligationOf(member).getStatus()).isEqualTo(ObligationStatus.FULFILLED);

        Talk talk = talks.get(scope, logged.id());
        as("secretary", () -> talks.change(scope, talk.getId(), talk.getVersion(),
                talkDetails(TalkKind.ROUTINE, talked)));

        Obligation reopened = onlyObligationOf(member);
        assertThat(reopened.getStatus()).isEqualTo(ObligationStatus.OPEN);
        assertThat(reopened.getFulfilledByType()).isNull();
        assertThat(reopened.getFulfilledById()).isNull();
        assertThat(reopened.getFulfilledOn()).isNull();

        // changed back, it fulfils the obligation again
        Talk changed = talks.get(scope, logged.id());
        as("secretary", () -> talks.change(scope, changed.getId(), changed.getVersion(),
                talkDetails(TalkKind.ENCOURAGEMENT, talked)));
        assertThat(onlyObligationOf(member).fulfilledBy("TALK", logged.id())).isTrue();
    }

    @Test
    void movingATalkBeforeTheEventReopensTheObligation() {
        Member member = oldMember("张建国");
        LocalDate transferredIn = today.minusDays(10);
        record(member, MemberEventKind.TRANSFERRED_IN, transferredIn);
        Logged logged = talk(member, TalkKind.ENCOURAGEMENT, today.minusDays(4));
        Talk talk = talks.get(scope, logged.id());

        as("secretary", () -> talks.change(scope, talk.getId(), talk.getVersion(),
                talkDetails(TalkKind.ENCOURAGEMENT, transferredIn.minusDays(2))));

        assertThat(onlyObligationOf(member).getStatus()).isEqualTo(ObligationStatus.OPEN);
    }

    @Test
    void theSameFormSubmittedTwiceLogsOneTalk() {
        Member member = oldMember("张建国");
        record(member, MemberEventKind.TRANSFERRED_IN, today.minusDays(10));
        UUID token = UUID.randomUUID();
        TalkDetails details = talkDetails(TalkKind.ENCOURAGEMENT, today.minusDays(3));

        Logged first = as("secretary", () -> talks.log(scope, token, member.getId(), details));
        Logged second = as("secretary", () -> talks.log(scope, token, member.getId(), details));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(jdbc.queryForObject("select count(*) from talk where member_id = ?", Long.class, member.getId()))
                .isEqualTo(1L);
        assertThat(first.fulfilled()).isPresent();
        assertThat(onlyObligationOf(member).fulfilledBy("TALK", first.id())).isTrue();
    }

    // ---- visits fulfil the visit obligations

    @Test
    void aCondolenceVisitFulfilsTheCondolenceOwedAfterADeath() {
        Member member = oldMember("张建国");
        record(member, MemberEventKind.DIED, today.minusDays(5));

        Logged logged = visit(member, VisitKind.CONDOLENCE, today.minusDays(2));

        assertThat(logged.fulfilled()).map(Obligation::getRule).contains(RuleCode.R29_CONDOLENCE);
        Obligation stored = onlyObligationOf(member);
        assertThat(stored.getStatus()).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(stored.getFulfilledByType()).isEqualTo("VISIT");
        assertThat(stored.getFulfilledById()).isEqualTo(logged.id());
        assertThat(visits.get(scope, logged.id()).isFamilyVisited()).isTrue();
    }

    @Test
    void anEmergencyVisitFulfilsTheVisitOwedAfterAFamilyDisasterButAHolidayVisitDoesNot() {
        Member member = oldMember("张建国");
        record(member, MemberEventKind.FAMILY_DISASTER, today.minusDays(5));

        assertThat(visit(member, VisitKind.HOLIDAY, today.minusDays(4)).fulfilled()).isEmpty();
        assertThat(visit(member, VisitKind.EMERGENCY, today.minusDays(3)).fulfilled())
                .map(Obligation::getRule).contains(RuleCode.R27_EMERGENCY_VISIT);
    }

    @Test
    void anOldMemberVisitFulfilsTheHomeVisitAndOpensTheNextOneThreeMonthsAfterTheVisit() {
        Member old = oldMember("张建国");
        LocalDate ill = today.minusDays(30);
        record(old, MemberEventKind.SERIOUSLY_ILL, ill);
        LocalDate visited = today.minusDays(2);

        Logged logged = visit(old, VisitKind.OLD_MEMBER, visited);

        assertThat(logged.fulfilled()).map(Obligation::getRule).contains(RuleCode.R26_OLD_MEMBER_VISIT);
        assertThat(obligationsOf(old))
                .extracting(Obligation::getRule, Obligation::getStatus, Obligation::getAroseOn,
                        Obligation::getDueDate, Obligation::getFulfilledById)
                .containsExactly(
                        tuple(RuleCode.R26_OLD_MEMBER_VISIT, ObligationStatus.OPEN, visited, visited.plusMonths(3),
                                null),
                        tuple(RuleCode.R26_OLD_MEMBER_VISIT, ObligationStatus.FULFILLED, ill, ill.plusMonths(3),
                                logged.id()));
        Obligation next = obligationsOf(old).get(0);
        assertThat(next.getEvent()).isNull();
        assertThat(next.getAction()).isEqualTo(RequiredAction.OLD_MEMBER_VISIT);
    }

    @Test
    void theNextHomeVisitIsFulfilledByTheNextVisit() {
        Member old = oldMember("张建国");
        record(old, MemberEventKind.SERIOUSLY_ILL, today.minusDays(200));
        visit(old, VisitKind.OLD_MEMBER, today.minusDays(120));

        Logged second = visit(old, VisitKind.OLD_MEMBER, today.minusDays(20));

        assertThat(second.fulfilled()).map(Obligation::getAroseOn).contains(today.minusDays(120));
        assertThat(obligationsOf(old)).filteredOn(o -> o.getStatus() == ObligationStatus.OPEN)
                .extracting(Obligation::getDueDate).containsExactly(today.minusDays(20).plusMonths(3));
    }

    @Test
    void editingAnOldMemberVisitKeepsOneNextVisitDue() {
        Member old = oldMember("张建国");
        record(old, MemberEventKind.SERIOUSLY_ILL, today.minusDays(30));
        LocalDate visited = today.minusDays(2);
        Logged logged = visit(old, VisitKind.OLD_MEMBER, visited);

        Visit visit = visits.get(scope, logged.id());
        as("secretary", () -> visits.change(scope, visit.getId(), visit.getVersion(), new VisitDetails(visited,
                VisitKind.OLD_MEMBER, "李书记、王委员", false, null, null, null, null, "补记：老人精神尚好")));

        assertThat(obligationsOf(old))
                .extracting(Obligation::getStatus, Obligation::getAroseOn, Obligation::getDueDate)
                .containsExactly(
                        tuple(ObligationStatus.OPEN, visited, visited.plusMonths(3)),
                        tuple(ObligationStatus.FULFILLED, today.minusDays(30), today.minusDays(30).plusMonths(3)));
    }

    @Test
    void aVisitThatIsNoLongerAnOldMemberVisitTakesBackTheNextVisitItAskedFor() {
        Member old = oldMember("张建国");
        LocalDate ill = today.minusDays(30);
        record(old, MemberEventKind.SERIOUSLY_ILL, ill);
        Logged logged = visit(old, VisitKind.OLD_MEMBER, today.minusDays(2));

        Visit visit = visits.get(scope, logged.id());
        as("secretary", () -> visits.change(scope, visit.getId(), visit.getVersion(), new VisitDetails(
                today.minusDays(2), VisitKind.HOLIDAY, "李书记、王委员", false, null, null, null, null, null)));

        assertThat(obligationsOf(old))
                .extracting(Obligation::getStatus, Obligation::getAroseOn, Obligation::getDueDate)
                .containsExactly(tuple(ObligationStatus.OPEN, ill, ill.plusMonths(3)));
    }

    @Test
    void anObligationReleasedByAChangedTalkIsTakenOverByAnotherUnusedMatchingTalk() {
        Member member = oldMember("张建国");
        record(member, MemberEventKind.TRANSFERRED_IN, today.minusDays(10));
        Logged first = talk(member, TalkKind.ENCOURAGEMENT, today.minusDays(6));
        Logged second = talk(member, TalkKind.ENCOURAGEMENT, today.minusDays(3));
        assertThat(second.fulfilled()).isEmpty();

        Talk talk = talks.get(scope, first.id());
        as("secretary", () -> talks.change(scope, talk.getId(), talk.getVersion(),
                talkDetails(TalkKind.ROUTINE, today.minusDays(6))));

        Obligation stored = onlyObligationOf(member);
        assertThat(stored.getStatus()).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(stored.fulfilledBy("TALK", second.id())).isTrue();
        assertThat(stored.getFulfilledOn()).isEqualTo(today.minusDays(3));
    }

    // ---- the to-do list

    @Test
    void theOpenObligationsOfTheScopeAreListedMostUrgentFirstAndTheOverdueOnesCounted() {
        Member a = oldMember("张建国");
        Member b = oldMember("李建华");
        Member c = oldMember("王秀英");
        record(a, MemberEventKind.SANCTIONED, today.minusDays(20)); // due today - 5: overdue
        record(b, MemberEventKind.TRANSFERRED_IN, today.minusDays(40)); // due today - 10: overdue
        record(c, MemberEventKind.POST_CHANGED, today.minusDays(1)); // due today + 29
        record(a, MemberEventKind.FAMILY_DISASTER, today.minusDays(2)); // due today + 5
        record(b, MemberEventKind.HONORED, today.minusDays(30)); // due today: not yet overdue
        Member elsewhere = tree.member(tree.branch(district, "另一支部"), "赵卫东");
        as("secretary", () -> members.recordEvent(DataScope.of(district), elsewhere.getId(),
                MemberEventKind.SANCTIONED, today.minusDays(30), null));

        assertThat(obligations.openInScope(scope, PageRequest.of(0, 50)).getContent())
                .extracting(o -> o.getMember().getName(), Obligation::getDueDate)
                .containsExactly(
                        tuple("李建华", today.minusDays(10)),
                        tuple("张建国", today.minusDays(5)),
                        tuple("李建华", today),
                        tuple("张建国", today.plusDays(5)),
                        tuple("王秀英", today.plusDays(29)));
        assertThat(obligations.countOpen(scope)).isEqualTo(5);
        assertThat(obligations.countOverdue(scope)).isEqualTo(2);
        assertThat(obligations.countOverdue(DataScope.of(district))).isEqualTo(3);

        talk(a, TalkKind.EDUCATION, today.minusDays(1));

        assertThat(obligations.countOverdue(scope)).isEqualTo(1);
        assertThat(obligations.countOpen(scope)).isEqualTo(4);
        assertThat(obligations.openInScope(scope, PageRequest.of(0, 2)).getContent())
                .extracting(Obligation::getDueDate).containsExactly(today.minusDays(10), today);
    }

    @Test
    void anObligationIsWaivedWithAReasonByWhoeverHasItInScope() {
        Member member = oldMember("张建国");
        record(member, MemberEventKind.TRANSFERRED_IN, today.minusDays(40));
        long id = onlyObligationOf(member).getId();
        DataScope otherBranch = DataScope.of(tree.branch(district, "另一支部"));

        assertThatThrownBy(() -> obligations.waive(otherBranch, id, "党员外出务工"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> obligations.waive(scope, id, "  "))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("common.required"));
        assertThat(onlyObligationOf(member).getStatus()).isEqualTo(ObligationStatus.OPEN);

        as("secretary", () -> obligations.waive(DataScope.of(district), id, "党员外出务工，已电话沟通"));

        Obligation waived = onlyObligationOf(member);
        assertThat(waived.getStatus()).isEqualTo(ObligationStatus.WAIVED);
        assertThat(waived.getWaivedReason()).isEqualTo("党员外出务工，已电话沟通");
        assertThat(waived.getWaivedBy()).isEqualTo("secretary");
        assertThat(obligations.countOverdue(scope)).isZero();
        assertThat(obligations.openInScope(scope, PageRequest.of(0, 50))).isEmpty();
        // a waived obligation is not fulfilled by a talk logged afterwards
        assertThat(talk(member, TalkKind.ENCOURAGEMENT, today).fulfilled()).isEmpty();
        assertThatThrownBy(() -> obligations.waive(scope, id, "再次豁免"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("obligation.not-open"));
    }
}
