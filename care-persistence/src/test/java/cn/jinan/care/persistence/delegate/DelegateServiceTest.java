package cn.jinan.care.persistence.delegate;

import static cn.jinan.care.persistence.testdata.MemberProfiles.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.delegate.DelegateProposal;
import cn.jinan.care.domain.delegate.ProposalDecision;
import cn.jinan.care.domain.delegate.ProposalDetails;
import cn.jinan.care.domain.delegate.ProposalKind;
import cn.jinan.care.domain.delegate.ProposalStatus;
import cn.jinan.care.domain.delegate.SessionKind;
import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** 第7条 on the database: proposals in scope with their co-signers, sessions and attendance rates. */
@PersistenceTest
class DelegateServiceTest {

    private static final MemberFlags DELEGATE = new MemberFlags(false, false, Household.URBAN, false, false,
            DelegateLevel.COUNTY, false);

    @Autowired
    TestTrees trees;
    @Autowired
    DelegateService delegates;
    @Autowired
    HistoryService history;
    @Autowired
    Clock clock;

    TestTree tree;
    Organization street;
    Organization branch;
    Organization otherBranch;
    List<Member> branchDelegates;
    Member otherDelegate;
    Member plain;
    LocalDate today;

    @BeforeEach
    void aStreetWithDelegates() {
        tree = trees.newTree();
        street = tree.street(tree.district("历下区委"), "解放路街道党工委");
        branch = tree.branch(street, "第一支部");
        otherBranch = tree.branch(street, "第二支部");
        branchDelegates = IntStream.range(0, 5).mapToObj(i -> tree.member(branch, aMember().name("代表" + i)
                .flags(DELEGATE))).toList();
        otherDelegate = tree.member(otherBranch, aMember().name("他支部代表").flags(DELEGATE));
        plain = tree.member(branch, aMember().name("普通党员"));
        today = LocalDate.now(clock);
    }

    private long submit(DataScope scope, ProposalKind kind, Member lead, List<Member> coSigners) {
        long[] id = new long[1];
        AuditActor.runAs("org-dept", () -> id[0] = delegates.submit(scope, UUID.randomUUID(), lead.getId(),
                coSigners.stream().map(Member::getId).toList(), new ProposalDetails(kind,
                        kind == ProposalKind.PROPOSAL ? "区第十二次党代会第三次会议" : null, "关于老旧小区加装电梯的提案",
                        "建议……", "中共历下区委", today.minusDays(3))));
        return id[0];
    }

    @Test
    void theMinimumSignersIsTheParameterInForce() {
        assertThat(delegates.minSigners(today)).isEqualTo(
                ParameterKey.PROPOSAL_MIN_SIGNERS.defaultValue().intValueExact());
        assertThatThrownBy(() -> submit(DataScope.of(street), ProposalKind.PROPOSAL, branchDelegates.get(0),
                branchDelegates.subList(1, 4)))
                .hasFieldOrPropertyWithValue("messageKey", "proposal.signers.too-few");
        long id = submit(DataScope.of(street), ProposalKind.PROPOSAL, branchDelegates.get(0),
                branchDelegates.subList(1, 5));
        assertThat(delegates.coSigners(DataScope.of(street), id)).hasSize(4);
    }

    @Test
    void coSignersComeFromTheScopeAndTheProposalLiesWithItsLead() {
        assertThatThrownBy(() -> submit(DataScope.of(branch), ProposalKind.MOTION, branchDelegates.get(0),
                List.of(otherDelegate))).isInstanceOf(NotFoundException.class);
        long id = submit(DataScope.of(street), ProposalKind.MOTION, branchDelegates.get(0), List.of(otherDelegate));
        assertThat(delegates.proposal(DataScope.of(branch), id).getTitle()).contains("电梯");
        assertThatThrownBy(() -> delegates.proposal(DataScope.of(otherBranch), id))
                .isInstanceOf(NotFoundException.class);
        assertThat(delegates.proposals(DataScope.of(otherBranch), new ProposalFilter(null, null, null),
                PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void stepsShowInTheHistoryAndTheListFiltersByStatus() {
        long id = submit(DataScope.of(street), ProposalKind.MOTION, branchDelegates.get(0), List.of());
        AuditActor.runAs("org-dept", () -> {
            DelegateProposal p = delegates.proposal(DataScope.of(street), id);
            delegates.step(DataScope.of(street), id, p.getVersion(), new ProposalStep(ProposalStep.Kind.DECIDE,
                    ProposalDecision.NOT_ACCEPT, today, "不属于同级党委职权范围"));
        });
        assertThat(delegates.proposals(DataScope.of(street), new ProposalFilter(null, ProposalStatus.NOT_ACCEPTED,
                today.minusDays(3).getYear()), PageRequest.of(0, 10))).extracting(DelegateProposal::getId)
                .containsExactly(id);
        assertThat(history.of(DelegateProposal.class, id, p -> java.util.Map.of("status", p.getStatus())))
                .hasSize(2);
    }

    @Test
    void aSessionCallsTheSubtreesDelegatesAndRatesAreCountedPerDelegate() {
        long[] ids = new long[2];
        AuditActor.runAs("org-dept", () -> {
            ids[0] = delegates.hold(DataScope.of(street), UUID.randomUUID(), street.getId(), SessionKind.PLENARY,
                    today.minusDays(10), "街道党工委全委会", null, Set.of(branchDelegates.get(0).getId(),
                            otherDelegate.getId()));
            ids[1] = delegates.hold(DataScope.of(street), UUID.randomUUID(), branch.getId(), SessionKind.TRAINING,
                    today.minusDays(5), "党代表学习培训", null, Set.of(branchDelegates.get(0).getId()));
        });
        assertThat(delegates.session(DataScope.of(street), ids[0]).getAttendance()).hasSize(6)
                .noneMatch(a -> a.getMember().equals(plain));
        // the other branch's secretary sees the street's session (its delegate was called), not the branch's
        delegates.session(DataScope.of(otherBranch), ids[0]);
        assertThatThrownBy(() -> delegates.session(DataScope.of(otherBranch), ids[1]))
                .isInstanceOf(NotFoundException.class);
        List<AttendanceRate> rates = delegates.attendanceRates(DataScope.of(street), today.minusDays(10).getYear(),
                PageRequest.of(0, 50)).getContent();
        if (today.minusDays(10).getYear() == today.minusDays(5).getYear()) {
            assertThat(rates).filteredOn(r -> r.memberId() == branchDelegates.get(0).getId())
                    .singleElement().satisfies(r -> {
                        assertThat(r.called()).isEqualTo(2);
                        assertThat(r.present()).isEqualTo(2);
                        assertThat(r.percent()).isEqualByComparingTo("100.0");
                    });
            assertThat(rates).filteredOn(r -> r.memberId() == branchDelegates.get(1).getId())
                    .singleElement().satisfies(r -> assertThat(r.percent()).isEqualByComparingTo("0.0"));
        }
        assertThat(rates).filteredOn(r -> r.memberId() == otherDelegate.getId()).singleElement()
                .satisfies(r -> assertThat(r.percent()).isEqualByComparingTo("100.0"));
        assertThat(delegates.attendanceRates(DataScope.of(otherBranch), today.minusDays(10).getYear(),
                PageRequest.of(0, 50)).getContent()).extracting(AttendanceRate::memberId)
                .containsExactly(otherDelegate.getId());
    }
}
