package cn.jinan.care.persistence.sanction;

import static cn.jinan.care.persistence.testdata.MemberProfiles.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.honor.AwardLevel;
import cn.jinan.care.domain.honor.HonorDetails;
import cn.jinan.care.domain.honor.HonorKind;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberStatus;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.sanction.Sanction;
import cn.jinan.care.domain.sanction.SanctionDetails;
import cn.jinan.care.domain.sanction.SanctionType;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.audit.SensitiveReadRepository;
import cn.jinan.care.persistence.honor.HonorService;
import cn.jinan.care.persistence.member.MemberRepository;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@PersistenceTest
class SanctionServiceTest {

    @Autowired
    TestTrees trees;
    @Autowired
    SanctionService sanctions;
    @Autowired
    HonorService honors;
    @Autowired
    ObligationService obligations;
    @Autowired
    MemberRepository memberRepository;
    @Autowired
    SensitiveReadRepository reads;
    @Autowired
    Clock clock;

    TestTree tree;
    Organization branch;
    Organization street;
    DataScope scope;
    Member member;
    LocalDate today;

    @BeforeEach
    void aMemberOfABranch() {
        tree = trees.newTree();
        street = tree.street(tree.district("历下区委"), "解放路街道党工委");
        branch = tree.branch(street, "第一支部");
        scope = DataScope.of(branch);
        member = tree.member(branch, aMember().name("受处分党员"));
        today = LocalDate.now(clock);
    }

    private long record(SanctionType type, LocalDate decided, Integer probation) {
        long[] id = new long[1];
        AuditActor.runAs("org-dept", () -> id[0] = sanctions.record(scope, UUID.randomUUID(), member.getId(),
                new SanctionDetails(type, decided, "中共历下区纪委", "历纪〔2025〕1号", probation, "违反工作纪律")));
        return id[0];
    }

    private HonorDetails honorOn(LocalDate day) {
        return new HonorDetails(HonorKind.OUTSTANDING_MEMBER, day.getYear(), null, AwardLevel.DISTRICT, day,
                "中共历下区委", null, null, null, null);
    }

    @Test
    void recordingASanctionAsksForAnEducationTalk() {
        record(SanctionType.WARNING, today.minusDays(3), null);
        assertThat(obligations.forMember(member.getId())).extracting(Obligation::getAction)
                .containsExactly(RequiredAction.EDUCATION_TALK);
    }

    @Test
    void aMemberInsideThePeriodCannotBeHonoredAndCanBeAfterIt() {
        LocalDate decided = today.minusMonths(12);
        record(SanctionType.WARNING, decided, null);
        LocalDate lastDay = decided.plusMonths(12).minusDays(1);
        assertThat(sanctions.impactUntil(scope, member.getId(), lastDay)).contains(lastDay);
        assertThat(sanctions.impactUntil(scope, member.getId(), lastDay.plusDays(1))).isEmpty();
        assertThatThrownBy(() -> AuditActor.runAs("org-dept", () -> honors.recordForMember(scope, UUID.randomUUID(),
                member.getId(), honorOn(lastDay)))).isInstanceOf(DomainException.class)
                .hasMessageContaining("honor.member.in-impact");
        AuditActor.runAs("org-dept", () -> honors.recordForMember(scope, UUID.randomUUID(), member.getId(),
                honorOn(lastDay.plusDays(1))));
        assertThat(honors.forMember(scope, member.getId())).hasSize(1);
    }

    @Test
    void theListShowsThoseInImpactTodayAndByYear() {
        record(SanctionType.SERIOUS_WARNING, today.minusMonths(2), null);
        assertThat(sanctions.inScope(scope, new SanctionFilter(null, true), PageRequest.of(0, 10)).getContent())
                .extracting(s -> s.getMember().getName()).containsExactly("受处分党员");
        assertThat(sanctions.inScope(scope, new SanctionFilter(today.minusMonths(2).getYear() - 1, false),
                PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(sanctions.inScope(DataScope.of(tree.branch(street, "别的支部")), new SanctionFilter(null, false),
                PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void expulsionTakesTheMemberOffTheRoster() {
        record(SanctionType.EXPULSION, today.minusDays(1), null);
        Member after = memberRepository.findById(member.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(MemberStatus.LEFT);
        assertThat(after.getStatusDate()).isEqualTo(today.minusDays(1));
    }

    @Test
    void readingTheDetailIsLoggedAndOutOfScopeIsNotFound() {
        long id = record(SanctionType.PROBATION, today.minusDays(10), 24);
        long before = reads.countByMemberIdAndRecordType(member.getId(), SanctionService.SENSITIVE_TYPE);
        Sanction s = sanctions.read(scope, id);
        assertThat(s.getImpactUntil()).isEqualTo(today.minusDays(10).plusMonths(48).minusDays(1));
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), SanctionService.SENSITIVE_TYPE))
                .isEqualTo(before + 1);
        DataScope other = DataScope.of(tree.branch(street, "另一支部"));
        assertThatThrownBy(() -> sanctions.read(other, id)).isInstanceOf(NotFoundException.class);
        assertThat(reads.countByMemberIdAndRecordType(member.getId(), SanctionService.SENSITIVE_TYPE))
                .isEqualTo(before + 1);
    }
}
