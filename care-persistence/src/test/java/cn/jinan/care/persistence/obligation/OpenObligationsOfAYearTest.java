package cn.jinan.care.persistence.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * The open obligations of a subtree that fall due in a year (the scorecard's overdue items, the dashboard's open
 * obligations): the year is the due date's, the subtree and the rules asked for bound the list, paged in SQL.
 */
@PersistenceTest
class OpenObligationsOfAYearTest {

    private static final List<RuleCode> TALKS = List.of(RuleCode.R08_TALK_ON_EVENT);

    @Autowired
    TestTrees trees;
    @Autowired
    MemberService members;
    @Autowired
    ObligationService obligations;
    @Autowired
    Clock clock;

    Organization street;
    Organization branch;
    Organization neighbour;
    LocalDate today;
    int twoYearsAgo;

    @BeforeEach
    void twoBranches() {
        TestTree tree = trees.newTree();
        street = tree.street(tree.district("历下区委"), "解放路街道党工委");
        branch = tree.branch(street, "第一支部");
        neighbour = tree.branch(street, "第二支部");
        today = LocalDate.now(clock);
        twoYearsAgo = today.getYear() - 2;
        Member inBranch = tree.member(branch, "张建国");
        Member inNeighbour = tree.member(neighbour, "李卫东");
        // education talks due 15 days after a sanction, encouragement talks 30 days after an honor
        event(branch, inBranch, MemberEventKind.SANCTIONED, LocalDate.of(twoYearsAgo, 3, 1));
        event(branch, inBranch, MemberEventKind.HONORED, LocalDate.of(twoYearsAgo, 12, 20));
        event(branch, inBranch, MemberEventKind.POST_CHANGED, today);
        event(neighbour, inNeighbour, MemberEventKind.SANCTIONED, LocalDate.of(twoYearsAgo, 3, 2));
    }

    private void event(Organization org, Member member, MemberEventKind kind, LocalDate date) {
        AuditActor.runAs("secretary", () -> members.recordEvent(DataScope.of(org), member.getId(), kind, date, null));
    }

    private Page<Obligation> open(Organization org, int year, List<RuleCode> rules, boolean overdueOnly) {
        return obligations.openInYear(DataScope.of(org), year, rules, overdueOnly, PageRequest.of(0, 10));
    }

    @Test
    void anObligationBelongsToTheYearOfItsDueDate() {
        assertThat(open(branch, twoYearsAgo, TALKS, false).getContent()).extracting(Obligation::getDueDate)
                .containsExactly(LocalDate.of(twoYearsAgo, 3, 16));
        // the honor of 20 December is due on 19 January: next year's item
        assertThat(open(branch, twoYearsAgo + 1, TALKS, true).getContent()).extracting(Obligation::getDueDate)
                .containsExactly(LocalDate.of(twoYearsAgo + 1, 1, 19));
    }

    @Test
    void theSubtreeBoundsTheListAndTheEarliestDueComesFirst() {
        assertThat(open(street, twoYearsAgo, TALKS, false).getContent())
                .extracting(o -> o.getMember().getName(), o -> o.getMember().getOrganization().getName())
                .containsExactly(tuple("张建国", "第一支部"),
                        tuple("李卫东", "第二支部"));
        assertThat(open(neighbour, twoYearsAgo, TALKS, false).getContent()).hasSize(1);
        Page<Obligation> paged = obligations.openInYear(DataScope.of(street), twoYearsAgo, TALKS, false,
                PageRequest.of(1, 1));
        assertThat(paged.getTotalElements()).isEqualTo(2);
        assertThat(paged.getContent()).extracting(o -> o.getMember().getName()).containsExactly("李卫东");
    }

    @Test
    void overdueOnlyLeavesOutWhatIsNotYetDue() {
        int year = today.plusDays(30).getYear();
        assertThat(open(branch, year, TALKS, false).getContent()).extracting(Obligation::getDueDate)
                .contains(today.plusDays(30));
        assertThat(open(branch, year, TALKS, true).getContent()).extracting(Obligation::getDueDate)
                .doesNotContain(today.plusDays(30));
    }

    @Test
    void onlyTheRulesAskedForAreListed() {
        assertThat(open(street, twoYearsAgo, List.of(RuleCode.R26_OLD_MEMBER_VISIT), false)).isEmpty();
        assertThat(open(street, twoYearsAgo, List.of(), false)).isEmpty();
    }
}
