package cn.jinan.care.persistence.oldmember;

import static cn.jinan.care.persistence.testdata.MemberProfiles.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.obligation.ObligationStatus;
import cn.jinan.care.domain.obligation.PlannedBasis;
import cn.jinan.care.domain.oldmember.EligibilityReason;
import cn.jinan.care.domain.oldmember.PaymentDetails;
import cn.jinan.care.domain.oldmember.SubsidyPeriod;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.domain.visit.VisitDetails;
import cn.jinan.care.domain.visit.VisitKind;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.obligation.Logged;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import cn.jinan.care.persistence.visit.VisitService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Old members (第26条) on the embedded PostgreSQL: the eligible list, payments, unpaid months, the visit planner. */
@PersistenceTest
class OldMemberServiceTest {

    @Autowired
    TestTrees trees;
    @Autowired
    OldMemberService oldMembers;
    @Autowired
    SubsidyService subsidies;
    @Autowired
    OldMemberVisitPlanner planner;
    @Autowired
    ObligationService obligations;
    @Autowired
    MemberService members;
    @Autowired
    VisitService visits;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    TestTree tree;
    Organization branch;
    Organization neighbour;
    DataScope scope;
    LocalDate today;
    int lastYear;

    @BeforeEach
    void aBranch() {
        tree = trees.newTree();
        Organization street = tree.street(tree.district("历城区委"), "王舍人街道党工委");
        branch = tree.branch(street, "东村党支部");
        neighbour = tree.branch(street, "西村党支部");
        scope = DataScope.of(branch);
        today = LocalDate.now(clock);
        lastYear = today.getYear() - 1;
    }

    private Member old(Organization org, String name, LocalDate admitted, Household household,
            boolean withoutPension) {
        return tree.member(org, aMember().name(name).born(LocalDate.of(1926, 6, 1)).admitted(admitted)
                .flags(new MemberFlags(false, false, household, false, withoutPension, DelegateLevel.NONE, false)));
    }

    private Member rural(Organization org, String name) {
        return old(org, name, LocalDate.of(1947, 3, 1), Household.RURAL, false);
    }

    private long pay(Member member, SubsidyPeriod period) {
        return as(() -> subsidies.pay(DataScope.of(member.getOrganization()), UUID.randomUUID(), member.getId(),
                new PaymentDetails(period, new BigDecimal("600"), FundingSource.BUDGET, today, null)));
    }

    private static <T> T as(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AuditActor.runAs("secretary", () -> result.set(work.get()));
        return result.get();
    }

    @Test
    void theEligibleListHasTheMembersTheRulesNameWithTheirReason() {
        old(branch, "九月三十日入党", LocalDate.of(1949, 9, 30), Household.RURAL, false);
        old(branch, "十月一日入党", LocalDate.of(1949, 10, 1), Household.RURAL, false);
        old(branch, "城镇无退休金", LocalDate.of(1948, 5, 1), Household.URBAN, true);
        old(branch, "城镇有退休金", LocalDate.of(1948, 5, 1), Household.URBAN, false);
        tree.member(branch, "年轻党员");

        var page = oldMembers.eligible(scope, new EligibleFilter(lastYear, null, null), PageRequest.of(0, 30));

        assertThat(page.getContent()).extracting(e -> e.member().getName(), e -> e.eligibility().reason())
                .containsExactlyInAnyOrder(tuple("九月三十日入党", EligibilityReason.RURAL_BEFORE_1949),
                        tuple("城镇无退休金", EligibilityReason.URBAN_WITHOUT_PENSION));
        assertThat(page.getTotalElements()).isEqualTo(2);
        assertThat(oldMembers.eligible(scope, new EligibleFilter(lastYear, null,
                EligibilityReason.URBAN_WITHOUT_PENSION), PageRequest.of(0, 30)).getContent())
                .extracting(e -> e.member().getName()).containsExactly("城镇无退休金");
    }

    @Test
    void unpaidMonthsAreTheEligibleMonthsNoPaymentCovers() {
        Member paidPartly = rural(branch, "部分已发");
        Member paidAll = rural(branch, "全部已发");
        pay(paidPartly, SubsidyPeriod.quarter(lastYear, 1));
        pay(paidPartly, SubsidyPeriod.month(YearMonth.of(lastYear, 5)));
        for (int q = 1; q <= 4; q++) {
            pay(paidAll, SubsidyPeriod.quarter(lastYear, q));
        }

        var unpaid = oldMembers.unpaid(scope, lastYear, null, PageRequest.of(0, 30));

        assertThat(unpaid.getContent()).extracting(UnpaidMember::name, UnpaidMember::months)
                .containsExactly(tuple("部分已发", List.of(4, 6, 7, 8, 9, 10, 11, 12)));
    }

    @Test
    void aMemberWhoDiedHasNoUnpaidMonthsAfterTheMonthOfDeath() {
        Member died = rural(branch, "七月去世");
        as(() -> members.recordEvent(scope, died.getId(), MemberEventKind.DIED, LocalDate.of(lastYear, 7, 12), null));

        assertThat(oldMembers.unpaid(scope, lastYear, null, PageRequest.of(0, 30)).getContent())
                .extracting(UnpaidMember::months).containsExactly(List.of(1, 2, 3, 4, 5, 6, 7));
        assertThatThrownBy(() -> pay(died, SubsidyPeriod.month(YearMonth.of(lastYear, 8))))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("field", "memberId");
    }

    @Test
    void aMonthOfAPaidQuarterCannotBePaidAgain() {
        Member member = rural(branch, "季度已发");
        pay(member, SubsidyPeriod.quarter(lastYear, 1));

        assertThatThrownBy(() -> pay(member, SubsidyPeriod.month(YearMonth.of(lastYear, 2))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("field", "month")
                .hasFieldOrPropertyWithValue("messageKey", "oldmember.payment.overlap");
        pay(member, SubsidyPeriod.month(YearMonth.of(lastYear, 4)));
        assertThat(subsidies.forMember(scope, member.getId())).hasSize(2);
    }

    @Test
    void theDatabaseRefusesAnOverlappingPaymentTooAsTheLastLine() {
        Member member = rural(branch, "库约束");
        pay(member, SubsidyPeriod.quarter(lastYear, 2));

        assertThatThrownBy(() -> jdbc.update("insert into old_member_subsidy_payment (id, created_at, updated_at,"
                + " member_id, period_kind, period_start, period_months, amount, funding_source, paid_on)"
                + " values (nextval('old_member_subsidy_payment_seq'), now(), now(), ?, 'MONTH', ?, 1, 600, 'BUDGET',"
                + " current_date)", member.getId(), LocalDate.of(lastYear, 5, 1)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aMemberWhoIsNotEligibleCannotBePaid() {
        Member young = tree.member(branch, "年轻党员");

        assertThatThrownBy(() -> pay(young, SubsidyPeriod.month(YearMonth.of(lastYear, 1))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "oldmember.payment.not-eligible");
    }

    @Test
    void anotherBranchsMembersAreOutOfScope() {
        Member other = rural(neighbour, "西村老党员");
        rural(branch, "东村老党员");

        assertThat(oldMembers.unpaid(scope, lastYear, null, PageRequest.of(0, 30)).getContent())
                .extracting(UnpaidMember::name).containsExactly("东村老党员");
        assertThat(oldMembers.eligible(scope, new EligibleFilter(lastYear, null, null), PageRequest.of(0, 30))
                .getContent()).extracting(e -> e.member().getName()).containsExactly("东村老党员");
        assertThatThrownBy(() -> as(() -> subsidies.pay(scope, UUID.randomUUID(), other.getId(),
                new PaymentDetails(SubsidyPeriod.month(YearMonth.of(lastYear, 1)), new BigDecimal("600"),
                        FundingSource.BUDGET, today, null)))).isInstanceOf(NotFoundException.class);
        long paid = pay(other, SubsidyPeriod.month(YearMonth.of(lastYear, 1)));
        assertThatThrownBy(() -> subsidies.get(scope, paid)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aBatchPaysEveryEligibleMemberOfTheBranchOnceAndSkipsThosePaidAlready() {
        as(() -> subsidies.decide(lastYear, subsidies.decided(lastYear).map(s -> s.getVersion()).orElse(null),
                new BigDecimal("600"), FundingSource.BUDGET, null));
        Member a = rural(branch, "甲");
        Member b = rural(branch, "乙");
        rural(neighbour, "丙");
        pay(b, SubsidyPeriod.month(YearMonth.of(lastYear, 8)));
        UUID token = UUID.randomUUID();

        BatchOutcome outcome = as(() -> subsidies.payAll(DataScope.of(tree.root()), token, branch.getId(),
                SubsidyPeriod.quarter(lastYear, 3), LocalDate.of(lastYear, 9, 30), null, null));
        BatchOutcome again = as(() -> subsidies.payAll(DataScope.of(tree.root()), token, branch.getId(),
                SubsidyPeriod.quarter(lastYear, 3), LocalDate.of(lastYear, 9, 30), null, null));

        assertThat(outcome).isEqualTo(new BatchOutcome(1, 1));
        assertThat(again).isEqualTo(new BatchOutcome(0, 0));
        assertThat(subsidies.forMember(scope, a.getId())).singleElement()
                .satisfies(p -> assertThat(p.getAmount()).isEqualByComparingTo("1800"));
    }

    // ---- R26-OLD-MEMBER-VISIT for very old members

    @Test
    void thePlannerOpensOneVisitForAVeryOldMemberHoweverOftenItRuns() {
        Member eighty = tree.member(branch, aMember().name("八十岁").born(today.minusYears(80)));
        Member almost = tree.member(branch, aMember().name("差一天八十").born(today.minusYears(80).plusDays(1)));

        as(() -> planner.plan(today));
        as(() -> planner.plan(today));

        assertThat(obligations.forMember(eighty.getId()))
                .extracting(Obligation::getRule, Obligation::getStatus, Obligation::getBasis, Obligation::getDueDate)
                .containsExactly(tuple(RuleCode.R26_OLD_MEMBER_VISIT, ObligationStatus.OPEN, PlannedBasis.VERY_OLD,
                        today.plusMonths(3)));
        assertThat(obligations.forMember(almost.getId())).isEmpty();
    }

    @Test
    void aVeryOldMemberWithAVisitOpenForIllnessGetsNoSecondOne() {
        Member old = tree.member(branch, aMember().name("高龄重病").born(today.minusYears(85)));
        as(() -> members.recordEvent(scope, old.getId(), MemberEventKind.SERIOUSLY_ILL, today.minusDays(5), null));

        as(() -> planner.plan(today));

        assertThat(obligations.forMember(old.getId())).singleElement()
                .satisfies(o -> assertThat(o.getEvent()).isNotNull());
    }

    @Test
    void aVisitOfAVeryOldMemberOpensTheNextOneThreeMonthsLater() {
        Member old = tree.member(branch, aMember().name("高龄").born(today.minusYears(90)));
        as(() -> planner.plan(today.minusDays(10)));

        Logged visit = as(() -> visits.log(scope, UUID.randomUUID(), old.getId(), new VisitDetails(today.minusDays(1),
                VisitKind.OLD_MEMBER, "李书记", false, null, null, null, null, null)));

        assertThat(visit.fulfilled()).isPresent();
        List<Obligation> all = obligations.forMember(old.getId());
        assertThat(all).extracting(Obligation::getStatus, Obligation::getDueDate, Obligation::getFollowsId)
                .containsExactly(tuple(ObligationStatus.OPEN, today.minusDays(1).plusMonths(3), all.get(1).getId()),
                        tuple(ObligationStatus.FULFILLED, today.minusDays(10).plusMonths(3), null));
    }

    @Test
    void changingAVisitDoesNotTakeBackAPlannedVisitThatAroseTheSameDay() {
        // the follow-up used to be found by member and date: a planned visit of that day was taken for it
        Member old = tree.member(branch, aMember().name("高龄失能").born(today.minusYears(88)));
        LocalDate visitDay = today.minusDays(2);
        as(() -> planner.plan(visitDay));
        as(() -> members.recordEvent(scope, old.getId(), MemberEventKind.DISABLED, visitDay.minusDays(10), null));
        Logged visit = as(() -> visits.log(scope, UUID.randomUUID(), old.getId(), new VisitDetails(visitDay,
                VisitKind.OLD_MEMBER, "李书记", false, null, null, null, null, null)));
        var v = visits.get(scope, visit.id());

        as(() -> visits.change(scope, v.getId(), v.getVersion(), new VisitDetails(visitDay, VisitKind.HOLIDAY,
                "李书记", false, null, null, null, null, null)));

        assertThat(obligations.forMember(old.getId()))
                .extracting(Obligation::getStatus, Obligation::getAroseOn, Obligation::getBasis)
                .containsExactlyInAnyOrder(tuple(ObligationStatus.OPEN, visitDay, PlannedBasis.VERY_OLD),
                        tuple(ObligationStatus.OPEN, visitDay.minusDays(10), null));
    }
}
