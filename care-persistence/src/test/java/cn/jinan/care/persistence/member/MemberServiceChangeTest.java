package cn.jinan.care.persistence.member;

import static cn.jinan.care.persistence.testdata.MemberProfiles.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEvent;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.member.MemberStatus;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.audit.SensitiveReadRepository;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.testdata.MemberProfiles;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/** Creating and changing members through the service, and what it records on the way. */
@PersistenceTest
class MemberServiceChangeTest {

    @Autowired
    TestTrees trees;

    @Autowired
    MemberService members;

    @Autowired
    SensitiveReadRepository sensitiveReads;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    TestTree tree;
    Organization district;
    Organization branch;
    DataScope scope;

    @BeforeEach
    void aBranch() {
        tree = trees.newTree();
        district = tree.district("历下区委");
        branch = tree.branch(tree.street(district, "解放路街道党工委"), "第一支部");
        scope = DataScope.of(branch);
    }

    @Test
    void aCreatedMemberIsSavedInTheOrganizationAndStampedWithWhoCreatedIt() {
        AtomicReference<Member> created = new AtomicReference<>();
        AuditActor.runAs("tester", () -> created.set(members.create(scope, branch.getId(),
                aMember().name("张建国").phone("13800000001").build())));

        Member stored = members.get(scope, created.get().getId());
        assertThat(stored.getName()).isEqualTo("张建国");
        assertThat(stored.getPhone()).isEqualTo("13800000001");
        assertThat(stored.getStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(stored.getOrganization().getId()).isEqualTo(branch.getId());
        assertThat(stored.getCreatedBy()).isEqualTo("tester");
        assertThat(stored.getVersion()).isZero();
    }

    @Test
    void aMemberCannotBeCreatedInAnOrganizationOutsideTheScope() {
        Organization otherBranch = tree.branch(district, "另一支部");

        assertThatThrownBy(() -> members.create(scope, otherBranch.getId(), aMember().build()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anIdNumberAlreadyOnTheRosterIsRefusedOnTheIdNumberField() {
        Member existing = tree.member(branch, "张建国");
        Member other = tree.member(branch, "李建华");
        DataScope elsewhere = DataScope.of(tree.branch(district, "另一支部"));

        assertRefusedAsTaken(() -> members.create(scope, branch.getId(),
                aMember().name("王秀英").idNumber(existing.getIdNumber()).build()));
        assertRefusedAsTaken(() -> members.update(scope, other.getId(), other.getVersion(), branch.getId(),
                MemberProfiles.from(other.profile()).idNumber(existing.getIdNumber()).build()));
        // also where the member who holds the number lies outside the caller's scope
        assertRefusedAsTaken(() -> members.create(elsewhere, elsewhere.organizationId(),
                aMember().name("赵卫东").idNumber(existing.getIdNumber()).build()));
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsRefused() {
        Member member = tree.member(branch, "张建国");
        long seen = member.getVersion();
        members.update(scope, member.getId(), seen, branch.getId(),
                MemberProfiles.from(member.profile()).phone("13800000001").build());

        assertThatThrownBy(() -> members.update(scope, member.getId(), seen, branch.getId(),
                MemberProfiles.from(member.profile()).phone("13900000002").build()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(members.get(scope, member.getId()).getPhone()).isEqualTo("13800000001");
    }

    @Test
    void recordingADeathMarksTheMemberDeceased() {
        Member member = tree.member(branch, "张建国");
        LocalDate died = LocalDate.now(clock).minusDays(3);

        AuditActor.runAs("tester", () -> members.recordEvent(scope, member.getId(), MemberEventKind.DIED, died, "病逝"));

        Member stored = members.get(scope, member.getId());
        assertThat(stored.getStatus()).isEqualTo(MemberStatus.DECEASED);
        assertThat(stored.getStatusDate()).isEqualTo(died);
        assertThat(members.events(scope, member.getId()))
                .extracting(MemberEvent::getKind, MemberEvent::getEventDate, MemberEvent::getNote,
                        MemberEvent::getRecordedBy)
                .containsExactly(tuple(MemberEventKind.DIED, died, "病逝", "tester"));
    }

    @Test
    void revealingTheFullIdNumberIsLoggedAsASensitiveRead() {
        Member member = tree.member(branch, "张建国");
        AtomicReference<String> revealed = new AtomicReference<>();

        AuditActor.runAs("tester", () -> revealed.set(members.revealIdNumber(scope, member.getId())));

        assertThat(revealed.get()).isEqualTo(member.getIdNumber().value());
        assertThat(sensitiveReads.countByMemberIdAndRecordType(member.getId(), "ID_NUMBER")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select username from sensitive_read where member_id = ?", String.class,
                member.getId())).isEqualTo("tester");
    }

    @Test
    void theSensitiveReadStaysLoggedWhenTheTransactionThatReadItRollsBack() {
        Member member = tree.member(branch, "张建国");

        transactions.executeWithoutResult(status -> {
            members.revealIdNumber(scope, member.getId());
            status.setRollbackOnly();
        });

        assertThat(sensitiveReads.countByMemberIdAndRecordType(member.getId(), "ID_NUMBER")).isEqualTo(1);
    }

    private static void assertRefusedAsTaken(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getField()).isEqualTo("idNumber");
            assertThat(e.getMessageKey()).isEqualTo("member.id-number.taken");
        });
    }
}
