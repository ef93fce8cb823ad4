package cn.jinan.care.persistence.campaign;

import static cn.jinan.care.persistence.testdata.MemberProfiles.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.campaign.CampaignDetails;
import cn.jinan.care.domain.campaign.TargetGroup;
import cn.jinan.care.domain.campaign.VisitCampaign;
import cn.jinan.care.domain.hardship.HardshipCategory;
import cn.jinan.care.domain.hardship.HardshipDetails;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.obligation.ObligationStatus;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.domain.visit.VisitDetails;
import cn.jinan.care.domain.visit.VisitKind;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.hardship.HardshipService;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Visit campaigns (第27条) on the embedded PostgreSQL: opening makes one holiday visit due per target member, once;
 * a holiday visit inside the window fulfils it (also one logged before the campaign was opened), one outside does not;
 * coverage and lists stay within the scope.
 */
@PersistenceTest
class CampaignServiceTest {

    @Autowired
    TestTrees trees;
    @Autowired
    CampaignService campaigns;
    @Autowired
    MemberService members;
    @Autowired
    HardshipService hardship;
    @Autowired
    VisitService visits;
    @Autowired
    ObligationService obligations;
    @Autowired
    Clock clock;

    TestTree tree;
    Organization district;
    Organization street;
    Organization branch;
    Organization neighbour;
    Organization otherDistrictBranch;
    DataScope districtScope;
    LocalDate today;

    @BeforeEach
    void aTree() {
        tree = trees.newTree();
        district = tree.district("历下区委");
        street = tree.street(district, "解放路街道党工委");
        branch = tree.branch(street, "第一支部");
        neighbour = tree.branch(tree.street(district, "泉城路街道党工委"), "第二支部");
        otherDistrictBranch = tree.branch(tree.street(tree.district("市中区委"), "大观园街道党工委"), "第三支部");
        districtScope = DataScope.of(district);
        today = LocalDate.now(clock);
    }

    // ---- helpers

    private static <T> T as(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AuditActor.runAs("lixia", () -> result.set(work.get()));
        return result.get();
    }

    private Member inHardship(Organization org, String name) {
        Member member = tree.member(org, name);
        as(() -> hardship.register(DataScope.of(org), UUID.randomUUID(), member.getId(),
                new HardshipDetails(EnumSet.of(HardshipCategory.LIVING_DIFFICULTY), today.minusMonths(3), "收入低",
                        null, today.plusMonths(3))));
        return member;
    }

    private Logged holidayVisit(Member member, LocalDate date) {
        return as(() -> visits.log(districtScope, UUID.randomUUID(), member.getId(),
                new VisitDetails(date, VisitKind.HOLIDAY, "区委组织部", false, new BigDecimal("500"), null, null,
                        FundingSource.PARTY_FEES, null)));
    }

    private long plan(Set<TargetGroup> groups, Integer minAge, Set<Long> custom, LocalDate start, LocalDate end) {
        return as(() -> campaigns.plan(districtScope, UUID.randomUUID(), new CampaignDetails("春节走访慰问", start, end,
                groups, minAge, custom, new BigDecimal("500"), FundingSource.PARTY_FEES, null)));
    }

    private int open(long id) {
        VisitCampaign c = campaigns.get(districtScope, id);
        return as(() -> campaigns.open(districtScope, id, c.getVersion()));
    }

    private void close(long id) {
        VisitCampaign c = campaigns.get(districtScope, id);
        as(() -> campaigns.close(districtScope, id, c.getVersion()));
    }

    private List<Obligation> campaignObligations(Member member, long campaignId) {
        return obligations.forMember(member.getId()).stream()
                .filter(o -> o.getCampaignId() != null && o.getCampaignId() == campaignId).toList();
    }

    private Obligation onlyCampaignObligation(Member member, long campaignId) {
        List<Obligation> found = campaignObligations(member, campaignId);
        assertThat(found).as(member.getName()).hasSize(1);
        return found.get(0);
    }

    // ---- opening

    @org.springframework.beans.factory.annotation.Autowired
    private cn.jinan.care.persistence.casualty.CasualtyService casualtyCases;

    @Test
    void openingMakesOneVisitDuePerTargetMemberOfEachGroupOnce() {
        Member poor = inHardship(branch, "困难党员");
        // a rural member admitted before 1949-10-01: eligible for the old members' living subsidy (第26条)
        Member old = tree.member(branch, aMember().name("老党员").born(LocalDate.of(1925, 3, 1))
                .admitted(LocalDate.of(1947, 5, 1)).flags(new cn.jinan.care.domain.member.MemberFlags(false, false,
                        cn.jinan.care.domain.member.Household.RURAL, false, false, null, false)));
        Member aged = tree.member(neighbour, aMember().name("高龄党员").born(today.minusYears(85)));
        Member named = tree.member(branch, aMember().name("指定党员").born(LocalDate.of(1990, 1, 1)));
        Member casualty = tree.member(branch, "因公殉职党员");
        // the casualty register's file (第28条) records the death and makes the family a target
        as(() -> casualtyCases.open(DataScope.of(branch), UUID.randomUUID(), casualty.getId(),
                new cn.jinan.care.domain.casualty.CasualtyDetails(cn.jinan.care.domain.casualty.CasualtyKind.DIED_ON_DUTY,
                        today.minusMonths(6), cn.jinan.care.domain.casualty.DeathCause.LINE_OF_DUTY, null, null,
                        false, null, null, "王主任", "13800000000", today.minusMonths(5), "抢险中牺牲")));
        Member deceased = inHardship(branch, "已故困难党员");
        as(() -> members.recordEvent(DataScope.of(branch), deceased.getId(), MemberEventKind.DIED,
                today.minusDays(2), null));
        Member ordinary = tree.member(branch, "普通党员");
        Member outside = inHardship(otherDistrictBranch, "辖区外困难党员");

        long id = plan(EnumSet.allOf(TargetGroup.class), 80, Set.of(named.getId()), today.minusDays(10),
                today.plusDays(20));
        assertThat(campaignObligations(poor, id)).as("a draft makes nothing due").isEmpty();

        // old is in two groups (admitted before 1949-10-01 and over 80) and counts once
        assertThat(open(id)).isEqualTo(5);
        for (Member target : List.of(poor, old, aged, named, casualty)) {
            Obligation o = onlyCampaignObligation(target, id);
            assertThat(o.getRule()).isEqualTo(RuleCode.R27_HOLIDAY_VISIT);
            assertThat(o.getAroseOn()).isEqualTo(today.minusDays(10));
            assertThat(o.getDueDate()).isEqualTo(today.plusDays(20));
            assertThat(o.getStatus()).isEqualTo(ObligationStatus.OPEN);
        }
        assertThat(campaignObligations(deceased, id)).as("deceased, not a casualty").isEmpty();
        assertThat(campaignObligations(ordinary, id)).isEmpty();
        assertThat(campaignObligations(outside, id)).as("outside the campaign's subtree").isEmpty();

        // closing and opening again adds only new targets: no duplicates
        close(id);
        Member later = inHardship(neighbour, "新登记困难党员");
        assertThat(open(id)).isEqualTo(1);
        onlyCampaignObligation(later, id);
        onlyCampaignObligation(poor, id);
    }

    @Test
    void membersAddedToAnOpenCampaignsListBecomeDueOnce() {
        Member first = tree.member(branch, "甲");
        Member second = tree.member(branch, "乙");
        long id = plan(EnumSet.of(TargetGroup.CUSTOM), null, Set.of(first.getId()), today.minusDays(5),
                today.plusDays(5));
        open(id);
        VisitCampaign c = campaigns.get(districtScope, id);
        as(() -> campaigns.change(districtScope, id, c.getVersion(), new CampaignDetails(c.getName(),
                c.getWindowStart(), c.getWindowEnd(), c.getTargets(), null, Set.of(first.getId(), second.getId()),
                c.getStandardAmount(), c.getFundingSource(), null)));
        onlyCampaignObligation(first, id);
        onlyCampaignObligation(second, id);
    }

    @Test
    void aNamedMemberOutsideTheSubtreeIsRefused() {
        Member outside = tree.member(otherDistrictBranch, "外区党员");
        assertThatThrownBy(() -> plan(EnumSet.of(TargetGroup.CUSTOM), null, Set.of(outside.getId()),
                today.minusDays(5), today.plusDays(5)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("campaign.custom.outside"));
    }

    // ---- fulfilment by visits

    @Test
    void aHolidayVisitInsideTheWindowFulfilsItEvenWhenLoggedBeforeTheCampaignWasOpened() {
        Member early = inHardship(branch, "先走访");
        Member before = inHardship(branch, "窗口前走访");
        Member late = inHardship(branch, "后走访");
        holidayVisit(early, today.minusDays(3));
        holidayVisit(before, today.minusDays(11));
        long id = plan(EnumSet.of(TargetGroup.HARDSHIP), null, Set.of(), today.minusDays(10), today.plusDays(20));
        open(id);

        assertThat(onlyCampaignObligation(early, id).getStatus()).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(onlyCampaignObligation(before, id).getStatus()).as("visited before the window")
                .isEqualTo(ObligationStatus.OPEN);

        Logged logged = holidayVisit(late, today);
        assertThat(logged.fulfilled()).isPresent();
        assertThat(onlyCampaignObligation(late, id).getStatus()).isEqualTo(ObligationStatus.FULFILLED);
    }

    @Test
    void aVisitAfterTheWindowDoesNotFulfilItAndMovingAVisitOutOfTheWindowUndoesIt() {
        Member afterwards = inHardship(branch, "窗口后走访");
        Member moved = inHardship(branch, "改日期");
        long id = plan(EnumSet.of(TargetGroup.HARDSHIP), null, Set.of(), today.minusDays(40), today.minusDays(20));
        open(id);

        assertThat(holidayVisit(afterwards, today.minusDays(10)).fulfilled()).isEmpty();
        Obligation owed = onlyCampaignObligation(afterwards, id);
        assertThat(owed.getStatus()).isEqualTo(ObligationStatus.OPEN);
        assertThat(owed.isOverdue(today)).isTrue();

        long visitId = holidayVisit(moved, today.minusDays(30)).id();
        assertThat(onlyCampaignObligation(moved, id).getStatus()).isEqualTo(ObligationStatus.FULFILLED);
        var visit = visits.get(districtScope, visitId);
        as(() -> visits.change(districtScope, visitId, visit.getVersion(), new VisitDetails(today.minusDays(5),
                VisitKind.HOLIDAY, "区委组织部", false, new BigDecimal("500"), null, null, FundingSource.PARTY_FEES,
                null)));
        assertThat(onlyCampaignObligation(moved, id).getStatus()).isEqualTo(ObligationStatus.OPEN);
    }

    // ---- scope and coverage

    @Test
    void coverageCountsPerOrganizationBelowTheViewersScope() {
        Member visited = inHardship(branch, "已走访");
        Member waiting = inHardship(branch, "未走访");
        Member elsewhere = inHardship(neighbour, "泉城路未走访");
        long id = plan(EnumSet.of(TargetGroup.HARDSHIP), null, Set.of(), today.minusDays(10), today.plusDays(20));
        open(id);
        holidayVisit(visited, today.minusDays(1));

        Coverage district = campaigns.coverage(districtScope, campaigns.get(districtScope, id));
        assertThat(district.rows()).extracting(CoverageRow::organizationId, CoverageRow::targets,
                CoverageRow::visited, CoverageRow::notVisited)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(street.getId(), 2L, 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple(neighbour.getParent().getId(), 1L, 0L, 1L));
        assertThat(district.rows().get(0).money()).isEqualByComparingTo("500");
        assertThat(district.rows().get(0).rate()).isEqualByComparingTo("50.0");
        assertThat(district.total().targets()).isEqualTo(3);

        // the branch secretary sees the campaign, with the branch's own members only
        DataScope branchScope = DataScope.of(branch);
        VisitCampaign seen = campaigns.get(branchScope, id);
        Coverage own = campaigns.coverage(branchScope, seen);
        assertThat(own.rows()).extracting(CoverageRow::organizationId, CoverageRow::targets)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(branch.getId(), 2L));
        assertThat(campaigns.notVisited(branchScope, seen, PageRequest.of(0, 10)).getContent())
                .extracting(o -> o.getMember().getName()).containsExactly(waiting.getName());
        assertThat(campaigns.notVisited(districtScope, seen, PageRequest.of(0, 10)).getTotalElements())
                .isEqualTo(2);
        assertThat(elsewhere.getId()).isNotNull();

        // the branch cannot change it; another district does not see it at all
        assertThatThrownBy(() -> campaigns.getManaged(branchScope, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> campaigns.get(DataScope.of(otherDistrictBranch), id))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theListShowsCampaignsRunInOrCoveringTheScopeByYear() {
        long thisYear = plan(EnumSet.of(TargetGroup.HARDSHIP), null, Set.of(), today.minusDays(1), today);
        long lastYear = plan(EnumSet.of(TargetGroup.HARDSHIP), null, Set.of(), today.minusYears(1).minusDays(1),
                today.minusYears(1));

        assertThat(campaigns.inScope(DataScope.of(branch), today.getYear(), PageRequest.of(0, 50)).getContent())
                .extracting(VisitCampaign::getId).contains(thisYear).doesNotContain(lastYear);
        assertThat(campaigns.inScope(DataScope.of(branch), null, PageRequest.of(0, 50)).getContent())
                .extracting(VisitCampaign::getId).contains(thisYear, lastYear);
        assertThat(campaigns.inScope(DataScope.of(tree.root()), null, PageRequest.of(0, 50)).getContent())
                .as("the city sees its districts' campaigns").extracting(VisitCampaign::getId).contains(thisYear);
        assertThat(campaigns.inScope(DataScope.of(otherDistrictBranch), null, PageRequest.of(0, 50)).getContent())
                .extracting(VisitCampaign::getId).doesNotContain(thisYear, lastYear);
    }
}
