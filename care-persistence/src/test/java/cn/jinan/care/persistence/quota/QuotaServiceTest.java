package cn.jinan.care.persistence.quota;

import static cn.jinan.care.persistence.testdata.MemberProfiles.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jinan.care.domain.exemption.ExemptionReason;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.policy.QuotaStatus;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.talk.TalkDetails;
import cn.jinan.care.domain.talk.TalkKind;
import cn.jinan.care.domain.talk.TalkerPost;
import cn.jinan.care.domain.training.StudyKind;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.exemption.ExemptionService;
import cn.jinan.care.persistence.lecture.LectureService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.talk.TalkService;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import cn.jinan.care.persistence.training.StudyService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The yearly member quotas — R03-TRAINING-HOURS (第3条, 32 hours), R04-LECTURES (第4条, 2 lectures of a leading
 * cadre), R08-SUPERIOR-TALKS (第8条, 2 two-way talks of a grassroots member) — counted for one calendar year, with
 * exempt members shown as exempt; and the advisory political birthdays (R09).
 */
@PersistenceTest
class QuotaServiceTest {

    private static final MemberFlags CADRE = new MemberFlags(true, false, Household.URBAN, false, false,
            DelegateLevel.NONE, false);
    private static final MemberFlags GRASSROOTS = new MemberFlags(false, true, Household.URBAN, false, false,
            DelegateLevel.NONE, false);

    @Autowired
    TestTrees trees;

    @Autowired
    QuotaService quotas;

    @Autowired
    StudyService studies;

    @Autowired
    LectureService lectures;

    @Autowired
    TalkService talks;

    @Autowired
    ExemptionService exemptions;

    @Autowired
    MemberService members;

    @Autowired
    Clock clock;

    TestTree tree;
    Organization branch;
    DataScope scope;
    /** Last year: a whole year in the past, so records on any of its days can be logged. */
    int year;

    @BeforeEach
    void aBranch() {
        tree = trees.newTree();
        Organization district = tree.district("历下区委");
        branch = tree.branch(tree.street(district, "解放路街道党工委"), "第一支部");
        scope = DataScope.of(branch);
        year = LocalDate.now(clock).getYear() - 1;
    }

    private void study(Member member, LocalDate date, String hours, String course) {
        AuditActor.runAs("secretary", () -> studies.log(scope, UUID.randomUUID(), member.getId(), date,
                new BigDecimal(hours), StudyKind.PARTY_SCHOOL, course));
    }

    private void lecture(Member cadre, LocalDate date) {
        AuditActor.runAs("secretary", () -> lectures.log(scope, UUID.randomUUID(), cadre.getId(), branch.getId(),
                date, "党课：" + date, 30));
    }

    private void talk(Member member, TalkKind kind, LocalDate date) {
        AuditActor.runAs("secretary", () -> talks.log(scope, UUID.randomUUID(), member.getId(),
                new TalkDetails(date, kind, "王书记", TalkerPost.SUPERIOR_RESPONSIBLE, null, null)));
    }

    private void exempt(Member member, RuleCode rule) {
        AuditActor.runAs("secretary", () -> exemptions.grant(scope, member.getId(), year, rule,
                ExemptionReason.LONG_ILLNESS, null, "组织委员 王某"));
    }

    private LocalDate on(int month, int day) {
        return LocalDate.of(year, month, day);
    }

    // ---- statuses of one member

    @Test
    void studyHoursAreSummedForTheYearOnly() {
        Member member = tree.member(branch, "张建国");
        study(member, on(1, 1), "4", "新年第一课");
        study(member, on(6, 30), "6", "党校轮训");
        study(member, on(6, 30), "0.5", "学习强国");
        study(member, on(12, 31), "1.5", "年终学习");
        study(member, LocalDate.of(year - 1, 12, 31), "8", "去年的课");
        study(member, LocalDate.of(year + 1, 1, 1), "8", "明年的课");

        assertThat(quotas.statuses(member, year)).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo(RuleCode.R03_TRAINING_HOURS);
            assertThat(s.required()).isEqualByComparingTo("32");
            assertThat(s.done()).isEqualByComparingTo("12");
            assertThat(s.missing()).isEqualByComparingTo("20");
            assertThat(s.met()).isFalse();
            assertThat(s.exempt()).isFalse();
        });
    }

    @Test
    void aLeadingCadresLecturesOfTheYearAreCounted() {
        Member cadre = tree.member(branch, aMember().name("刘局长").flags(CADRE));
        lecture(cadre, on(3, 5));
        lecture(cadre, on(11, 20));
        lecture(cadre, LocalDate.of(year - 1, 12, 20));

        assertThat(quotas.statuses(cadre, year))
                .extracting(QuotaStatus::rule, s -> s.done().intValue(), s -> s.required().intValue(),
                        QuotaStatus::met)
                .containsExactly(
                        tuple(RuleCode.R03_TRAINING_HOURS, 0, 32, false),
                        tuple(RuleCode.R04_LECTURES, 2, 2, true));
    }

    @Test
    void onlyTwoWayTalksWithTheSuperiorCountForAGrassrootsMember() {
        Member member = tree.member(branch, aMember().name("孙师傅").flags(GRASSROOTS));
        talk(member, TalkKind.SUPERIOR_TWO_WAY, on(4, 1));
        talk(member, TalkKind.ROUTINE, on(5, 1));
        talk(member, TalkKind.RECEPTION_DAY, on(6, 1));
        talk(member, TalkKind.SUPERIOR_TWO_WAY, LocalDate.of(year + 1, 1, 1));

        assertThat(quotas.statuses(member, year))
                .filteredOn(s -> s.rule() == RuleCode.R08_SUPERIOR_TALKS).singleElement().satisfies(s -> {
                    assertThat(s.done()).isEqualByComparingTo("1");
                    assertThat(s.missing()).isEqualByComparingTo("1");
                });

        talk(member, TalkKind.SUPERIOR_TWO_WAY, on(9, 1));

        assertThat(quotas.statuses(member, year))
                .filteredOn(s -> s.rule() == RuleCode.R08_SUPERIOR_TALKS).singleElement()
                .satisfies(s -> assertThat(s.met()).isTrue());
    }

    @Test
    void aMemberWhoIsNeitherCadreNorGrassrootsHasOnlyTheStudyQuota() {
        Member member = tree.member(branch, "张建国");

        assertThat(quotas.statuses(member, year)).extracting(QuotaStatus::rule)
                .containsExactly(RuleCode.R03_TRAINING_HOURS);
    }

    @Test
    void anExemptionMarksTheQuotaExemptForThatYearOnly() {
        Member member = tree.member(branch, "张建国");
        study(member, on(2, 2), "4", "党校轮训");
        exempt(member, RuleCode.R03_TRAINING_HOURS);

        assertThat(quotas.statuses(member, year)).singleElement().satisfies(s -> {
            assertThat(s.exempt()).isTrue();
            assertThat(s.met()).isTrue();
            assertThat(s.missing()).isEqualByComparingTo("0");
            assertThat(s.done()).isEqualByComparingTo("4");
        });
        assertThat(quotas.statuses(member, year - 1)).singleElement()
                .satisfies(s -> assertThat(s.exempt()).isFalse());
    }

    // ---- shortfalls of a scope

    @Test
    void theShortfallsListTheActiveMembersShortOfAQuotaAndLeaveOutTheExemptOnes() {
        Member short10 = tree.member(branch, "张建国");
        study(short10, on(3, 1), "6", "党校轮训");
        study(short10, on(4, 1), "4", "学习强国");
        Member met = tree.member(branch, "李建华");
        study(met, on(3, 1), "12", "党校轮训一");
        study(met, on(3, 2), "12", "党校轮训二");
        study(met, on(3, 3), "8", "党校轮训三");
        Member exempt = tree.member(branch, "王秀英");
        exempt(exempt, RuleCode.R03_TRAINING_HOURS);
        Member gone = tree.member(branch, "赵卫东");
        AuditActor.runAs("secretary", () -> members.recordEvent(scope, gone.getId(), MemberEventKind.TRANSFERRED_OUT,
                LocalDate.now(clock).minusDays(1), null));

        assertThat(quotas.shortfalls(scope, year))
                .extracting(Shortfall::memberId, Shortfall::memberName, Shortfall::organizationName, Shortfall::rule)
                .containsExactly(tuple(short10.getId(), "张建国", "第一支部", RuleCode.R03_TRAINING_HOURS));
        assertThat(quotas.shortfalls(scope, year)).singleElement().satisfies(s -> {
            assertThat(s.required()).isEqualByComparingTo("32");
            assertThat(s.done()).isEqualByComparingTo("10");
            assertThat(s.missing()).isEqualByComparingTo("22");
        });
    }

    @Test
    void theShortfallsCoverLecturesOfCadresAndSuperiorTalksOfGrassrootsMembersMostMissingFirst() {
        Member cadre = tree.member(branch, aMember().name("刘局长").flags(CADRE));
        study(cadre, on(3, 1), "12", "党校轮训一");
        study(cadre, on(3, 2), "12", "党校轮训二");
        study(cadre, on(3, 3), "8", "党校轮训三");
        lecture(cadre, on(5, 1));
        Member worker = tree.member(branch, aMember().name("孙师傅").flags(GRASSROOTS));
        study(worker, on(3, 1), "12", "党校轮训一");
        study(worker, on(3, 2), "12", "党校轮训二");
        study(worker, on(3, 3), "8", "党校轮训三");
        exempt(worker, RuleCode.R08_SUPERIOR_TALKS);
        Member other = tree.member(branch, aMember().name("周干事").flags(GRASSROOTS));
        study(other, on(3, 1), "2", "学习强国");

        assertThat(quotas.shortfalls(scope, year))
                .extracting(Shortfall::memberName, Shortfall::rule, s -> s.done().stripTrailingZeros().toPlainString())
                .containsExactly(
                        tuple("周干事", RuleCode.R03_TRAINING_HOURS, "2"),
                        tuple("刘局长", RuleCode.R04_LECTURES, "1"),
                        tuple("周干事", RuleCode.R08_SUPERIOR_TALKS, "0"));
    }

    // ---- political birthdays (R09, advisory)

    @Test
    void politicalBirthdaysListTheActiveMembersAdmittedInTheMonthOfAnEarlierYear() {
        Member july2001 = tree.member(branch, aMember().name("七一党员").admitted(LocalDate.of(2001, 7, 1)));
        Member july1990 = tree.member(branch, aMember().name("老党员").admitted(LocalDate.of(1990, 7, 31)));
        tree.member(branch, aMember().name("八月党员").admitted(LocalDate.of(2001, 8, 1)));
        tree.member(branch, aMember().name("六月党员").admitted(LocalDate.of(2001, 6, 30)));
        tree.member(branch, aMember().name("新党员").probationary().admitted(LocalDate.of(year, 7, 3)));
        Member gone = tree.member(branch, aMember().name("离开党员").admitted(LocalDate.of(2005, 7, 9)));
        AuditActor.runAs("secretary", () -> members.recordEvent(scope, gone.getId(), MemberEventKind.TRANSFERRED_OUT,
                LocalDate.now(clock).minusDays(1), null));

        assertThat(quotas.politicalBirthdays(scope, LocalDate.of(year, 7, 15)))
                .extracting(Anniversary::memberId, Anniversary::admittedDate, Anniversary::years)
                .containsExactly(
                        tuple(july2001.getId(), LocalDate.of(2001, 7, 1), year - 2001),
                        tuple(july1990.getId(), LocalDate.of(1990, 7, 31), year - 1990));
    }
}
