package cn.jinan.care.persistence.secondment;

import static cn.jinan.care.persistence.testdata.MemberProfiles.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.secondment.Secondment;
import cn.jinan.care.domain.secondment.SecondmentDetails;
import cn.jinan.care.domain.secondment.SecondmentDirection;
import cn.jinan.care.domain.secondment.SecondmentKind;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.PersistenceTest;
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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** 第12条 on the database: scope, one secondment at a time, current and past lists paged in SQL. */
@PersistenceTest
class SecondmentServiceTest {

    @Autowired
    TestTrees trees;
    @Autowired
    SecondmentService secondments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    TestTree tree;
    Organization district;
    Organization branch;
    Organization otherBranch;
    DataScope districtScope;
    Member member;
    LocalDate today;

    @BeforeEach
    void aDistrictWithTwoBranches() {
        tree = trees.newTree();
        district = tree.district("历下区委");
        Organization street = tree.street(district, "解放路街道党工委");
        branch = tree.branch(street, "第一支部");
        otherBranch = tree.branch(street, "第二支部");
        districtScope = DataScope.of(district);
        member = tree.member(branch, aMember().name("挂职干部"));
        today = LocalDate.now(clock);
    }

    private long record(Member who, LocalDate start, LocalDate end) {
        long[] id = new long[1];
        AuditActor.runAs("org-dept", () -> id[0] = secondments.record(districtScope, UUID.randomUUID(), who.getId(),
                branch.getId(), null, new SecondmentDetails(SecondmentKind.DOWN_POSTING,
                        SecondmentDirection.TO_VILLAGE, null, "孝直镇东村", "第一书记", start, end, null, null)));
        return id[0];
    }

    @Test
    void anOverlappingSecondmentOfTheSameMemberIsRefusedOnItsStart() {
        record(member, today.minusYears(1), today.plusMonths(1));
        assertThatThrownBy(() -> record(member, today, null))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("field", "startDate")
                .hasFieldOrPropertyWithValue("messageKey", "secondment.overlap");
        record(member, today.plusMonths(1).plusDays(1), null);
        assertThat(secondments.forMember(districtScope, member.getId())).hasSize(2);
    }

    @Test
    void theDatabaseRefusesAnOverlapToo() {
        long id = record(member, today.minusYears(1), null);
        assertThatThrownBy(() -> jdbc.update("insert into secondment (id, version, created_at, updated_at, member_id,"
                + " kind, direction, from_unit, to_unit, start_date) select nextval('secondment_seq'), 0, now(), now(),"
                + " member_id, kind, direction, from_unit, to_unit, start_date + 1 from secondment where id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aChangeIntoAnotherPeriodIsCheckedAgainstTheOthers() {
        long first = record(member, today.minusYears(2), today.minusYears(1));
        record(member, today.minusMonths(6), null);
        Secondment s = secondments.get(districtScope, first);
        assertThatThrownBy(() -> AuditActor.runAs("org-dept", () -> secondments.change(districtScope, first,
                s.getVersion(), branch.getId(), null, new SecondmentDetails(SecondmentKind.DOWN_POSTING,
                        SecondmentDirection.TO_VILLAGE, null, "孝直镇东村", null, today.minusYears(2), null, null,
                        null))))
                .hasFieldOrPropertyWithValue("messageKey", "secondment.overlap");
    }

    @Test
    void anotherBranchSeesNothingOfIt() {
        long id = record(member, today.minusMonths(1), null);
        assertThat(secondments.get(DataScope.of(branch), id).getToUnit()).isEqualTo("孝直镇东村");
        assertThatThrownBy(() -> secondments.get(DataScope.of(otherBranch), id))
                .isInstanceOf(NotFoundException.class);
        assertThat(secondments.inScope(DataScope.of(otherBranch), new SecondmentFilter(null, null, null),
                PageRequest.of(0, 10))).isEmpty();
        assertThatThrownBy(() -> AuditActor.runAs("x", () -> secondments.record(DataScope.of(otherBranch),
                UUID.randomUUID(), member.getId(), null, null, new SecondmentDetails(SecondmentKind.EXCHANGE,
                        SecondmentDirection.OTHER, "甲", "乙", null, today, null, null, null))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void currentPastAndUpcomingListsArePagedInSql() {
        Member other = tree.member(otherBranch, aMember().name("交流干部"));
        long past = record(member, today.minusYears(2), today.minusYears(1));
        long current = record(member, today.minusMonths(2), today);
        long upcoming = record(member, today.plusMonths(1), null);
        long openEnded = record(other, today.minusYears(3), null);
        assertThat(ids(new SecondmentFilter(SecondmentFilter.View.CURRENT, null, null)))
                .containsExactly(current, openEnded);
        assertThat(ids(new SecondmentFilter(SecondmentFilter.View.PAST, null, null))).containsExactly(past);
        assertThat(ids(new SecondmentFilter(SecondmentFilter.View.UPCOMING, null, null))).containsExactly(upcoming);
        assertThat(ids(new SecondmentFilter(SecondmentFilter.View.ALL, null, today.minusYears(2).getYear())))
                .contains(past, openEnded).doesNotContain(upcoming);
        Page<Secondment> first = secondments.inScope(districtScope,
                new SecondmentFilter(SecondmentFilter.View.ALL, null, null), PageRequest.of(0, 3));
        assertThat(first.getTotalElements()).isEqualTo(4);
        assertThat(first.getContent()).hasSize(3);
    }

    private java.util.List<Long> ids(SecondmentFilter filter) {
        return secondments.inScope(districtScope, filter, PageRequest.of(0, 50)).map(Secondment::getId).getContent();
    }
}
