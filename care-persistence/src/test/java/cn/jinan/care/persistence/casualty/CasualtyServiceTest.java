package cn.jinan.care.persistence.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.jinan.care.domain.casualty.CasualtyCase;
import cn.jinan.care.domain.casualty.CasualtyDetails;
import cn.jinan.care.domain.casualty.CasualtyKind;
import cn.jinan.care.domain.casualty.DeathCause;
import cn.jinan.care.domain.casualty.FamilyMemberDetails;
import cn.jinan.care.domain.casualty.FamilyRelation;
import cn.jinan.care.domain.casualty.FollowUpDetails;
import cn.jinan.care.domain.casualty.HelpKind;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.member.MemberStatus;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.obligation.ObligationStatus;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.domain.visit.VisitDetails;
import cn.jinan.care.domain.visit.VisitKind;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.audit.SensitiveReadRepository;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.obligation.FulfillingRecord;
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
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The casualty register on the embedded PostgreSQL: the R28-FAMILY-FOLLOW-UP chain as register follow-ups and visits
 * of kind CASUALTY_FAMILY answer it, scope, logged reads.
 */
@PersistenceTest
class CasualtyServiceTest {

    @Autowired
    TestTrees trees;
    @Autowired
    CasualtyService casualties;
    @Autowired
    MemberService members;
    @Autowired
    VisitService visits;
    @Autowired
    ObligationService obligations;
    @Autowired
    SensitiveReadRepository reads;
    @Autowired
    HistoryService history;
    @Autowired
    Clock clock;

    TestTree tree;
    Organization street;
    Organization branch;
    Organization neighbour;
    DataScope scope;
    LocalDate today;

    @BeforeEach
    void aStreetWithTwoBranches() {
        tree = trees.newTree();
        street = tree.street(tree.district("历下区委"), "解放路街道党工委");
        branch = tree.branch(street, "第一支部");
        neighbour = tree.branch(street, "第二支部");
        scope = DataScope.of(branch);
        today = LocalDate.now(clock);
    }

    private static <T> T as(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AuditActor.runAs("secretary", () -> result.set(work.get()));
        return result.get();
    }

    private static CasualtyDetails died(LocalDate date) {
        return new CasualtyDetails(CasualtyKind.DIED_ON_DUTY, date, DeathCause.LINE_OF_DUTY, null, null, false, null,
                null, "王建华", "13905310001", date, null);
    }

    private long openDied(Member member, LocalDate date) {
        return as(() -> casualties.open(scope, UUID.randomUUID(), member.getId(), died(date)));
    }

    private Logged followUp(long caseId, LocalDate date) {
        return as(() -> casualties.logFollowUp(scope, UUID.randomUUID(), caseId, new FollowUpDetails(date, "王建华",
                "家属情绪稳定", HelpKind.LIVING_ALLOWANCE, "生活补助", new BigDecimal("800"), FundingSource.PARTY_FEES)));
    }

    private Logged familyVisit(Member member, LocalDate date) {
        return as(() -> visits.log(scope, UUID.randomUUID(), member.getId(), new VisitDetails(date,
                VisitKind.CASUALTY_FAMILY, "李书记", true, null, null, null, null, "看望家属")));
    }

    private List<Obligation> chain(Member member) {
        return obligations.forMember(member.getId()).stream()
                .filter(o -> o.getRule() == RuleCode.R28_FAMILY_FOLLOW_UP)
                .sorted(Comparator.comparing(Obligation::getDueDate)).toList();
    }

    @Test
    void openingADeathOnDutyRecordsTheDeathAndOpensTheFirstFollowUpSixMonthsLater() {
        Member member = tree.member(branch, "周卫国");
        LocalDate death = today.minusMonths(2);

        openDied(member, death);

        Member after = members.get(scope, member.getId());
        assertThat(after.getStatus()).isEqualTo(MemberStatus.DECEASED);
        assertThat(members.events(scope, member.getId())).extracting(e -> e.getKind())
                .containsExactly(MemberEventKind.DIED);
        // the death's own obligation (condolence) falls due as for any death
        assertThat(obligations.forMember(member.getId())).extracting(Obligation::getRule)
                .contains(RuleCode.R29_CONDOLENCE);
        assertThat(chain(member)).singleElement().satisfies(o -> {
            assertThat(o.getStatus()).isEqualTo(ObligationStatus.OPEN);
            assertThat(o.getAroseOn()).isEqualTo(death);
            assertThat(o.getDueDate()).isEqualTo(death.plusMonths(6));
            assertThat(o.getEvent()).isNotNull();
        });
    }

    @Test
    void aMemberWhoseDeathIsRecordedKeepsThatDateAndAnotherDateIsRefused() {
        Member member = tree.member(branch, "孙立");
        LocalDate death = today.minusMonths(3);
        as(() -> members.recordEvent(scope, member.getId(), MemberEventKind.DIED, death, null));

        assertThatThrownBy(() -> openDied(member, death.minusDays(1))).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "casualty.date.not-death-date");
        openDied(member, death);
        assertThat(members.events(scope, member.getId())).hasSize(1);
        assertThat(chain(member)).extracting(Obligation::getDueDate).containsExactly(death.plusMonths(6));
    }

    @Test
    void eachFollowUpFulfilsTheOpenOneAndAsksForTheNextSixMonthsAfterIt() {
        Member member = tree.member(branch, "刘强");
        LocalDate death = today.minusMonths(8);
        long id = openDied(member, death);

        Logged first = followUp(id, death.plusMonths(2));
        assertThat(first.fulfilled()).isPresent();
        Logged second = followUp(id, death.plusMonths(7));
        assertThat(second.fulfilled()).isPresent();

        assertThat(chain(member)).extracting(Obligation::getStatus, Obligation::getDueDate, Obligation::getFulfilledOn)
                .containsExactly(
                        tuple(ObligationStatus.FULFILLED, death.plusMonths(6), death.plusMonths(2)),
                        tuple(ObligationStatus.FULFILLED, death.plusMonths(2).plusMonths(6), death.plusMonths(7)),
                        tuple(ObligationStatus.OPEN, death.plusMonths(7).plusMonths(6), null));
        assertThat(chain(member)).noneMatch(Obligation::isLate);
    }

    @Test
    void aCasualtyFamilyVisitCountsAsAFollowUpAndTheSameVisitLoggedTwiceCountsOnce() {
        Member member = tree.member(branch, "赵刚");
        LocalDate death = today.minusMonths(5);
        long id = openDied(member, death);
        LocalDate visitDay = death.plusMonths(1);

        assertThat(familyVisit(member, visitDay).fulfilled()).isPresent();
        // the same visit entered in the register too: it fulfils nothing more and asks for nothing more
        assertThat(followUp(id, visitDay).fulfilled()).isEmpty();
        assertThat(familyVisit(member, visitDay).fulfilled()).isEmpty();

        assertThat(chain(member)).extracting(Obligation::getStatus, Obligation::getDueDate)
                .containsExactly(tuple(ObligationStatus.FULFILLED, death.plusMonths(6)),
                        tuple(ObligationStatus.OPEN, visitDay.plusMonths(6)));
        assertThat(chain(member).get(0).getFulfilledByType()).isEqualTo(FulfillingRecord.VISIT);

        // a register follow-up on a later day answers the next one
        Logged later = followUp(id, visitDay.plusMonths(2));
        assertThat(later.fulfilled()).map(Obligation::getDueDate).contains(visitDay.plusMonths(6));
        assertThat(chain(member)).hasSize(3);
    }

    @Test
    void visitsLoggedBeforeTheCaseWasOpenedCatchTheChainUp() {
        Member member = tree.member(branch, "钱进");
        LocalDate death = today.minusMonths(14);
        as(() -> members.recordEvent(scope, member.getId(), MemberEventKind.DIED, death, null));
        familyVisit(member, death.plusMonths(3));
        familyVisit(member, death.plusMonths(8));

        openDied(member, death);

        assertThat(chain(member)).extracting(Obligation::getStatus, Obligation::getDueDate)
                .containsExactly(tuple(ObligationStatus.FULFILLED, death.plusMonths(6)),
                        tuple(ObligationStatus.FULFILLED, death.plusMonths(9)),
                        tuple(ObligationStatus.OPEN, death.plusMonths(14)));
    }

    @Test
    void closingTheCaseWaivesTheOpenFollowUpWithTheReasonAndEndsTheChain() {
        Member member = tree.member(branch, "吴敏");
        LocalDate death = today.minusMonths(4);
        long id = openDied(member, death);
        CasualtyCase c = casualties.get(scope, id);

        as(() -> casualties.close(scope, id, c.getVersion(), today, "家属已迁居外省，由当地党组织接续关爱"));

        assertThat(chain(member)).singleElement().satisfies(o -> {
            assertThat(o.getStatus()).isEqualTo(ObligationStatus.WAIVED);
            assertThat(o.getWaivedReason()).contains("家属已迁居外省");
        });
        // a visit after closing fulfils nothing and asks for nothing
        assertThat(familyVisit(member, today).fulfilled()).isEmpty();
        assertThat(chain(member)).hasSize(1);
        // closed, the case takes no more follow-ups
        assertThatThrownBy(() -> followUp(id, today)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "casualty.closed");
    }

    @Test
    void aDisablementOpensNoFollowUpObligation() {
        Member member = tree.member(branch, "郑伟");
        long id = as(() -> casualties.open(scope, UUID.randomUUID(), member.getId(), new CasualtyDetails(
                CasualtyKind.DISABLED_ON_DUTY, today.minusYears(1), null, 5, "右臂伤残", false, null, null, "王建华",
                null, today.minusYears(1), null)));

        assertThat(followUp(id, today).fulfilled()).isEmpty();
        assertThat(chain(member)).isEmpty();
        assertThat(members.get(scope, member.getId()).getStatus()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void aMemberHasOneOpenCase() {
        Member member = tree.member(branch, "冯军");
        openDied(member, today.minusMonths(1));
        assertThatThrownBy(() -> openDied(member, today.minusMonths(1))).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "casualty.already-open");
    }

    @Test
    void theListIsScopedFilteredByOrganizationAndKindAndShowsTheOverdue() {
        Member overdue = tree.member(branch, "陈亮");
        Member onTime = tree.member(branch, "褚红");
        Member elsewhere = tree.member(neighbour, "卫东");
        long overdueId = openDied(overdue, today.minusMonths(7));
        openDied(onTime, today.minusMonths(1));
        as(() -> casualties.open(DataScope.of(neighbour), UUID.randomUUID(), elsewhere.getId(),
                died(today.minusMonths(9))));

        DataScope streetScope = DataScope.of(street);
        assertThat(casualties.inScope(scope, CasualtyFilter.open(), PageRequest.of(0, 10)).getContent())
                .extracting(c -> c.getMember().getName()).containsExactlyInAnyOrder("陈亮", "褚红");
        assertThat(casualties.inScope(streetScope, CasualtyFilter.open(), PageRequest.of(0, 10)).getTotalElements())
                .isEqualTo(3);
        assertThat(casualties.inScope(streetScope, new CasualtyFilter(neighbour.getId(), null, null, null, false),
                PageRequest.of(0, 10)).getContent()).extracting(c -> c.getMember().getName()).containsExactly("卫东");
        assertThat(casualties.inScope(streetScope, new CasualtyFilter(null, CasualtyKind.DISABLED_ON_DUTY, null, null,
                false), PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(casualties.inScope(streetScope, new CasualtyFilter(null, null, null, null, true),
                PageRequest.of(0, 10)).getContent()).extracting(c -> c.getMember().getName())
                .containsExactlyInAnyOrder("陈亮", "卫东");
        assertThat(casualties.inScope(streetScope, CasualtyFilter.open(), PageRequest.of(0, 2)).getTotalPages())
                .isEqualTo(2);
        assertThat(casualties.overdue(scope)).extracting(CasualtyCase::getId).containsExactly(overdueId);
        assertThat(casualties.nextFollowUps(casualties.overdue(scope))).containsOnlyKeys(overdue.getId());

        // a branch secretary's filter cannot widen the scope
        assertThatThrownBy(() -> casualties.inScope(scope, new CasualtyFilter(neighbour.getId(), null, null, null,
                false), PageRequest.of(0, 10))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void outsideTheScopeACaseIsNotFoundAndReadingItInScopeIsLogged() {
        Member member = tree.member(branch, "蒋华");
        long id = openDied(member, today.minusMonths(1));
        long before = reads.countByMemberIdAndRecordType(member.getId(), CasualtyService.SENSITIVE_TYPE);

        assertThatThrownBy(() -> casualties.read(DataScope.of(neighbour), id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(() -> casualties.addFamilyMember(DataScope.of(neighbour), UUID.randomUUID(), id,
                new FamilyMemberDetails(FamilyRelation.SPOUSE, "沈梅", 1980, null, null, null, null))))
                .isInstanceOf(NotFoundException.class);
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), CasualtyService.SENSITIVE_TYPE))
                .isEqualTo(before);

        as(() -> casualties.read(scope, id));
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), CasualtyService.SENSITIVE_TYPE))
                .isEqualTo(before + 1);
    }

    @Test
    void familyMembersAreAddedChangedAndRemovedWithTheirHistoryKept() {
        Member member = tree.member(branch, "韩雪");
        long id = openDied(member, today.minusMonths(1));
        long spouse = as(() -> casualties.addFamilyMember(scope, UUID.randomUUID(), id, new FamilyMemberDetails(
                FamilyRelation.SPOUSE, "杨梅", 1982, "个体经营", null, null, null)));
        long child = as(() -> casualties.addFamilyMember(scope, UUID.randomUUID(), id, new FamilyMemberDetails(
                FamilyRelation.CHILD, "韩小雨", 2014, null, null, null, "小学在读")));
        as(() -> casualties.changeFamilyMember(scope, id, spouse, 0, new FamilyMemberDetails(FamilyRelation.SPOUSE,
                "杨梅", 1982, "社区公益岗位", null, null, null)));
        AuditActor.runAs("secretary", () -> casualties.removeFamilyMember(scope, id, child, 0));

        assertThat(casualties.family(id)).extracting(f -> f.getName(), f -> f.getIncomeSource())
                .containsExactly(tuple("杨梅", "社区公益岗位"));
        assertThat(casualties.familyMemberIdsEver(id)).containsExactlyInAnyOrder(spouse, child);
        assertThat(history.ofCasualtyFamilyMember(spouse)).hasSize(2);
        assertThat(history.ofCasualtyFamilyMember(child).get(0).kind())
                .isEqualTo(cn.jinan.care.persistence.audit.Change.Kind.DELETED);
    }
}
