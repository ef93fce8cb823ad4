package cn.jinan.care.persistence.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.training.StudyKind;
import cn.jinan.care.domain.training.StudyRecord;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import cn.jinan.care.persistence.training.StudyService.BatchRefusedException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Study hours for R03-TRAINING-HOURS (第3条), one by one and one session for many attendees: the same member, day and
 * course once; at most 12 hours a day; a session is saved for all attendees or for none.
 */
@PersistenceTest
class StudyServiceTest {

    @Autowired
    TestTrees trees;

    @Autowired
    StudyService studies;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    TestTree tree;
    Organization branch;
    DataScope scope;
    LocalDate day;

    @BeforeEach
    void aBranch() {
        tree = trees.newTree();
        Organization district = tree.district("历下区委");
        branch = tree.branch(tree.street(district, "解放路街道党工委"), "第一支部");
        scope = DataScope.of(branch);
        day = LocalDate.now(clock).minusDays(3);
    }

    private long log(Member member, String hours, String course) {
        return log(member, day, hours, course);
    }

    private long log(Member member, LocalDate date, String hours, String course) {
        long[] id = new long[1];
        AuditActor.runAs("secretary", () -> id[0] = studies.log(scope, UUID.randomUUID(), member.getId(), date,
                new BigDecimal(hours), StudyKind.BRANCH_STUDY, course));
        return id[0];
    }

    private long recordsOf(Member member) {
        return jdbc.queryForObject("select count(*) from study_record where member_id = ?", Long.class,
                member.getId());
    }

    private static void assertRefused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getField()).as("field").isEqualTo(field);
            assertThat(e.getMessageKey()).as("message key").isEqualTo(messageKey);
        });
    }

    // ---- one record

    @Test
    void aLoggedRecordIsSavedForTheMember() {
        Member member = tree.member(branch, "张建国");

        long id = log(member, "2.5", "学习党章");

        StudyRecord stored = studies.get(scope, id);
        assertThat(stored.getDate()).isEqualTo(day);
        assertThat(stored.getHours()).isEqualByComparingTo("2.5");
        assertThat(stored.getCourse()).isEqualTo("学习党章");
        assertThat(stored.getCreatedBy()).isEqualTo("secretary");
        assertThat(studies.forMember(scope, member.getId())).extracting(StudyRecord::getId).containsExactly(id);
    }

    @Test
    void theSameCourseOnTheSameDayIsRecordedOnceAndRefusedOnTheCourseField() {
        Member member = tree.member(branch, "张建国");
        log(member, "2", "学习党章");

        assertRefused(() -> log(member, "1", "学习党章"), "course", "study.duplicate");

        assertThat(recordsOf(member)).isEqualTo(1);
    }

    @Test
    void theSameCourseOnAnotherDayOrForAnotherMemberIsNoDuplicate() {
        Member member = tree.member(branch, "张建国");
        Member other = tree.member(branch, "李建华");
        log(member, "2", "学习党章");

        log(member, day.minusDays(1), "2", "学习党章");
        log(other, "2", "学习党章");

        assertThat(recordsOf(member)).isEqualTo(2);
        assertThat(recordsOf(other)).isEqualTo(1);
    }

    @Test
    void noDayHoldsMoreThan12HoursAcrossRecords() {
        Member member = tree.member(branch, "张建国");
        log(member, "8", "党校轮训");

        assertRefused(() -> log(member, "4.5", "学习强国"), "hours", "study.hours.day-full");
        log(member, "4", "学习强国");
        assertRefused(() -> log(member, "0.5", "灯塔—党建在线"), "hours", "study.hours.day-full");

        assertThat(recordsOf(member)).isEqualTo(2);
        log(member, day.minusDays(1), "12", "党校轮训（第二天）");
        assertThat(recordsOf(member)).isEqualTo(3);
    }

    @Test
    void aChangeIsCheckedAgainstTheOtherRecordsOfTheDayButNotAgainstItself() {
        Member member = tree.member(branch, "张建国");
        long first = log(member, "6", "党校轮训");
        log(member, "4", "学习强国");
        StudyRecord record = studies.get(scope, first);

        AuditActor.runAs("secretary", () -> studies.change(scope, first, record.getVersion(), day,
                new BigDecimal("8"), StudyKind.PARTY_SCHOOL, "党校轮训"));
        StudyRecord changed = studies.get(scope, first);
        assertThat(changed.getHours()).isEqualByComparingTo("8");

        assertRefused(() -> studies.change(scope, first, changed.getVersion(), day, new BigDecimal("8.5"),
                StudyKind.PARTY_SCHOOL, "党校轮训"), "hours", "study.hours.day-full");
        assertRefused(() -> studies.change(scope, first, changed.getVersion(), day, new BigDecimal("2"),
                StudyKind.PARTY_SCHOOL, "学习强国"), "course", "study.duplicate");
    }

    @Test
    void theSameFormSubmittedTwiceMakesOneRecord() {
        Member member = tree.member(branch, "张建国");
        UUID token = UUID.randomUUID();

        long first = studies.log(scope, token, member.getId(), day, BigDecimal.ONE, StudyKind.BRANCH_STUDY, "学习党章");
        long second = studies.log(scope, token, member.getId(), day, BigDecimal.ONE, StudyKind.BRANCH_STUDY, "学习党章");

        assertThat(second).isEqualTo(first);
        assertThat(recordsOf(member)).isEqualTo(1);
    }

    @Test
    void aMemberOutsideTheScopeCannotBeGivenHours() {
        Member elsewhere = tree.member(tree.branch(tree.root(), "另一支部"), "赵卫东");

        assertThatThrownBy(() -> studies.log(scope, UUID.randomUUID(), elsewhere.getId(), day, BigDecimal.ONE,
                StudyKind.BRANCH_STUDY, "学习党章")).isInstanceOf(NotFoundException.class);
    }

    // ---- one session, many attendees

    @Test
    void aSessionWithThreeAttendeesMakesThreeRecords() {
        Member a = tree.member(branch, "张建国");
        Member b = tree.member(branch, "李建华");
        Member c = tree.member(branch, "王秀英");

        BatchResult result = studies.logSession(scope, UUID.randomUUID(), List.of(a.getId(), b.getId(), c.getId()),
                day, new BigDecimal("3"), StudyKind.SENT_STUDY, "送学进社区");

        assertThat(result.created()).isEqualTo(3);
        assertThat(result.refused()).isEmpty();
        assertThat(jdbc.queryForList("select member_id from study_record where study_date = ? and course = ?"
                        + " and member_id in (?, ?, ?) and hours = 3", Long.class, day, "送学进社区", a.getId(),
                b.getId(), c.getId()))
                .containsExactlyInAnyOrder(a.getId(), b.getId(), c.getId());
    }

    @Test
    void anAttendeePickedTwiceGetsOneRecord() {
        Member a = tree.member(branch, "张建国");
        Member b = tree.member(branch, "李建华");

        BatchResult result = studies.logSession(scope, UUID.randomUUID(), List.of(a.getId(), b.getId(), a.getId()),
                day, new BigDecimal("3"), StudyKind.SENT_STUDY, "送学进社区");

        assertThat(result.created()).isEqualTo(2);
        assertThat(recordsOf(a)).isEqualTo(1);
    }

    @Test
    void aSessionInWhichOneAttendeeAlreadyHasTheCourseThatDayIsRefusedAsAWholeNamingThatAttendee() {
        Member a = tree.member(branch, "张建国");
        Member b = tree.member(branch, "李建华");
        Member c = tree.member(branch, "王秀英");
        log(b, "2", "送学进社区");
        UUID token = UUID.randomUUID();

        assertThatThrownBy(() -> studies.logSession(scope, token, List.of(a.getId(), b.getId(), c.getId()), day,
                new BigDecimal("3"), StudyKind.SENT_STUDY, "送学进社区"))
                .isInstanceOfSatisfying(BatchRefusedException.class, e -> assertThat(e.refusals())
                        .extracting(BatchResult.Refusal::memberId, BatchResult.Refusal::memberName,
                                BatchResult.Refusal::messageKey)
                        .containsExactly(tuple(b.getId(), "李建华", "study.duplicate")));

        assertThat(recordsOf(a)).isZero();
        assertThat(recordsOf(b)).isEqualTo(1);
        assertThat(recordsOf(c)).isZero();

        // the refused form's token was not used up: sent again without the refused attendee, it is saved
        BatchResult retried = studies.logSession(scope, token, List.of(a.getId(), c.getId()), day,
                new BigDecimal("3"), StudyKind.SENT_STUDY, "送学进社区");
        assertThat(retried.created()).isEqualTo(2);
        assertThat(recordsOf(a)).isEqualTo(1);
        assertThat(recordsOf(c)).isEqualTo(1);
    }

    @Test
    void aSessionThatWouldTakeAnAttendeePast12HoursIsRefused() {
        Member a = tree.member(branch, "张建国");
        Member b = tree.member(branch, "李建华");
        log(a, "10", "党校轮训");

        assertThatThrownBy(() -> studies.logSession(scope, UUID.randomUUID(), List.of(a.getId(), b.getId()), day,
                new BigDecimal("3"), StudyKind.SENT_STUDY, "送学进社区"))
                .isInstanceOfSatisfying(BatchRefusedException.class, e -> assertThat(e.refusals())
                        .extracting(BatchResult.Refusal::memberId, BatchResult.Refusal::messageKey)
                        .containsExactly(tuple(a.getId(), "study.hours.day-full")));
        assertThat(recordsOf(b)).isZero();
    }

    @Test
    void aSessionNeedsAttendeesAndValidHoursBeforeAnyoneIsChecked() {
        Member a = tree.member(branch, "张建国");

        assertRefused(() -> studies.logSession(scope, UUID.randomUUID(), List.of(), day, BigDecimal.ONE,
                StudyKind.SENT_STUDY, "送学进社区"), "memberIds", "study.batch.no-attendees");
        assertRefused(() -> studies.logSession(scope, UUID.randomUUID(), List.of(a.getId()), day,
                new BigDecimal("1.25"), StudyKind.SENT_STUDY, "送学进社区"), "hours", "study.hours.half-steps");
        assertThat(recordsOf(a)).isZero();
    }
}
