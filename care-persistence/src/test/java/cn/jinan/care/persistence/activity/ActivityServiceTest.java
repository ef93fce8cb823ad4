package cn.jinan.care.persistence.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.activity.ActivityDetails;
import cn.jinan.care.domain.activity.ActivityKind;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.training.StudyKind;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import cn.jinan.care.persistence.training.StudyService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Activities (第3、4、13、23条): participants from the organizer's subtree, scope by the organizer, and posting a study
 * activity's hours once — a second posting adds nothing, and a member's own record of the same day and course is
 * kept instead of a second one.
 */
@PersistenceTest
class ActivityServiceTest {

    @Autowired
    TestTrees trees;
    @Autowired
    ActivityService activities;
    @Autowired
    TrainingPlanService plans;
    @Autowired
    StudyService studies;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    Organization street;
    Organization branch;
    Organization neighbour;
    Member a;
    Member b;
    Member outsider;
    LocalDate day;

    @BeforeEach
    void aStreetWithTwoBranches() {
        TestTree tree = trees.newTree();
        street = tree.street(tree.district("历下区委"), "解放路街道党工委");
        branch = tree.branch(street, "第一支部");
        neighbour = tree.branch(street, "第二支部");
        a = tree.member(branch, "张一");
        b = tree.member(branch, "李二");
        outsider = tree.member(neighbour, "王三");
        day = LocalDate.now(clock).minusDays(10);
    }

    private long record(Organization organizer, ActivityKind kind, LocalDate end, String hours, Member... people) {
        long[] id = new long[1];
        AuditActor.runAs("test", () -> id[0] = activities.record(DataScope.of(organizer), UUID.randomUUID(),
                organizer.getId(), new ActivityDetails(kind, "学习贯彻专题", day, end, "党群服务中心", false,
                        hours == null ? null : new BigDecimal(hours), null),
                java.util.Arrays.stream(people).map(Member::getId).toList()));
        return id[0];
    }

    private long studyRecords(Member m) {
        return jdbc.queryForObject("select count(*) from study_record where member_id = ?", Long.class, m.getId());
    }

    private BigDecimal studyHours(Member m) {
        return jdbc.queryForObject("select coalesce(sum(hours), 0) from study_record where member_id = ?",
                BigDecimal.class, m.getId());
    }

    @Test
    void postingTwiceCountsTheHoursOnce() {
        long id = record(branch, ActivityKind.SPECIAL_TRAINING, day.plusDays(1), "3", a, b);
        PostingResult first = activities.postHours(DataScope.of(branch), id);
        assertThat(first.created()).isEqualTo(4);
        PostingResult again = activities.postHours(DataScope.of(branch), id);
        assertThat(again.created()).isZero();
        assertThat(again.postedBefore()).isEqualTo(4);
        assertThat(studyRecords(a)).isEqualTo(2);
        assertThat(studyHours(a)).isEqualByComparingTo("6");
        assertThat(jdbc.queryForObject("select count(*) from org_activity_posting where activity_id = ?", Long.class,
                id)).isEqualTo(4);
    }

    @Test
    void aMemberWhoAlreadyHadTheSameDayAndCourseIsNotCountedTwice() {
        AuditActor.runAs("test", () -> studies.log(DataScope.of(branch), UUID.randomUUID(), a.getId(), day,
                new BigDecimal("3"), StudyKind.BRANCH_STUDY, "学习贯彻专题"));
        long id = record(branch, ActivityKind.BRANCH_STUDY, null, "3", a, b);
        PostingResult done = activities.postHours(DataScope.of(branch), id);
        assertThat(done.created()).isEqualTo(1);
        assertThat(done.alreadyRecorded()).isEqualTo(1);
        assertThat(studyRecords(a)).isEqualTo(1);
        assertThat(studyRecords(b)).isEqualTo(1);
        assertThat(activities.postings(DataScope.of(branch), id)).hasSize(2);
    }

    @Test
    void aDayThatWouldHoldTooManyHoursIsReportedAndTriedAgainLater() {
        AuditActor.runAs("test", () -> studies.log(DataScope.of(branch), UUID.randomUUID(), a.getId(), day,
                new BigDecimal("10"), StudyKind.ONLINE_XUEXI_QIANGGUO, "学习强国"));
        long id = record(branch, ActivityKind.BRANCH_STUDY, null, "3", a, b);
        PostingResult done = activities.postHours(DataScope.of(branch), id);
        assertThat(done.created()).isEqualTo(1);
        assertThat(done.refused()).extracting(PostingResult.Refusal::messageKey)
                .containsExactly("study.hours.day-full");
        assertThat(studyRecords(a)).isEqualTo(1);
        assertThat(studyRecords(b)).isEqualTo(1);
    }

    @Test
    void participantsComeFromTheOrganizersSubtree() {
        assertThatThrownBy(() -> record(branch, ActivityKind.BRANCH_STUDY, null, "2", a, outsider))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("activity.participant.outside"));
        long streetWide = record(street, ActivityKind.RED_EDUCATION, null, "4", a, outsider);
        assertThat(activities.participants(DataScope.of(street), streetWide)).hasSize(2);
    }

    @Test
    void anotherBranchNeitherSeesNorPostsTheActivity() {
        long id = record(branch, ActivityKind.BRANCH_STUDY, null, "2", a);
        assertThatThrownBy(() -> activities.get(DataScope.of(neighbour), id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> activities.postHours(DataScope.of(neighbour), id))
                .isInstanceOf(NotFoundException.class);
        assertThat(activities.inScope(DataScope.of(neighbour), new ActivityFilter(null, null),
                org.springframework.data.domain.PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(activities.inScope(DataScope.of(street), new ActivityFilter(null, day.getYear()),
                org.springframework.data.domain.PageRequest.of(0, 10)).getContent()).extracting(x -> x.getId())
                .contains(id);
        assertThat(studyRecords(a)).isZero();
    }

    @Test
    void aPostedParticipantStaysAndTheHistoryTellsWhoCameAndWent() {
        long id = record(branch, ActivityKind.BRANCH_STUDY, null, "2", a);
        activities.postHours(DataScope.of(branch), id);
        long version = activities.get(DataScope.of(branch), id).getVersion();
        ActivityDetails same = new ActivityDetails(ActivityKind.BRANCH_STUDY, "学习贯彻专题", day, null, "支部活动室", false,
                new BigDecimal("2"), null);
        assertThatThrownBy(() -> AuditActor.runAs("test", () -> activities.change(DataScope.of(branch), id, version,
                same, List.of(b.getId())))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("activity.participant.posted"));
        AuditActor.runAs("test", () -> activities.change(DataScope.of(branch), id, version, same,
                List.of(a.getId(), b.getId())));
        assertThat(activities.participants(DataScope.of(branch), id)).hasSize(2);
        assertThat(activities.history(DataScope.of(branch), id)).flatExtracting(c -> c.fields())
                .extracting(f -> f.field() + ":" + f.after())
                .contains("participant:张一", "participant:李二", "activitySite:支部活动室");
    }

    @Test
    void aPlanCountsTheOrganizationsOwnStudyActivitiesOfTheYear() {
        long[] planId = new long[1];
        AuditActor.runAs("test", () -> planId[0] = plans.record(DataScope.of(street), UUID.randomUUID(),
                street.getId(), day.getYear(), 2, new BigDecimal("10"), null));
        record(street, ActivityKind.SPECIAL_TRAINING, day.plusDays(1), "4", a);
        record(street, ActivityKind.CULTURE_SPORTS, null, null, a);
        record(branch, ActivityKind.BRANCH_STUDY, null, "2", a);
        var progress = plans.progress(plans.get(DataScope.of(street), planId[0]));
        assertThat(progress.actualSessions()).isEqualTo(1);
        assertThat(progress.actualHours()).isEqualByComparingTo("8");
        assertThat(progress.hoursReached()).isFalse();
        assertThatThrownBy(() -> plans.get(DataScope.of(branch), planId[0])).isInstanceOf(NotFoundException.class);
    }
}
