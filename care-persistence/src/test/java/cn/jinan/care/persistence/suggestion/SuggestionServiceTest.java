package cn.jinan.care.persistence.suggestion;

import static cn.jinan.care.persistence.testdata.MemberProfiles.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.suggestion.HandlingSystem;
import cn.jinan.care.domain.suggestion.Suggestion;
import cn.jinan.care.domain.suggestion.SuggestionChannel;
import cn.jinan.care.domain.suggestion.SuggestionDetails;
import cn.jinan.care.domain.suggestion.SuggestionStatus;
import cn.jinan.care.domain.suggestion.SubmitterKind;
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
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** 第6条 on the database: scope of the receiving organization, the steps, the overdue list (承诺制) paged in SQL. */
@PersistenceTest
class SuggestionServiceTest {

    @Autowired
    TestTrees trees;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    Clock clock;

    Organization street;
    Organization branch;
    Organization otherBranch;
    Member member;
    LocalDate today;

    @BeforeEach
    void aStreetWithTwoBranches() {
        TestTree tree = trees.newTree();
        street = tree.street(tree.district("历下区委"), "解放路街道党工委");
        branch = tree.branch(street, "第一支部");
        otherBranch = tree.branch(street, "第二支部");
        member = tree.member(branch, aMember().name("提建议的党员"));
        today = LocalDate.now(clock);
    }

    private long receive(Organization org, Long memberId, SubmitterKind kind) {
        long[] id = new long[1];
        AuditActor.runAs("secretary", () -> id[0] = suggestions.receive(DataScope.of(org), UUID.randomUUID(),
                org.getId(), memberId, new SuggestionDetails(kind, null, SuggestionChannel.DIRECT_LINE,
                        today.minusDays(20), "建议在社区增设党员议事角")));
        return id[0];
    }

    private Suggestion step(long id, SuggestionStep step) {
        Suggestion[] s = new Suggestion[1];
        AuditActor.runAs("secretary", () -> {
            long version = suggestions.get(DataScope.of(street), id).getVersion();
            s[0] = suggestions.step(DataScope.of(street), id, version, step);
        });
        return s[0];
    }

    @Test
    void aSuggestionGoesToImplementedThroughItsSteps() {
        long id = receive(branch, member.getId(), SubmitterKind.MEMBER);
        step(id, new SuggestionStep(SuggestionStep.Kind.ASSIGN, today.minusDays(19), HandlingSystem.RESPONSIBILITY,
                "社区党委", null, null));
        step(id, new SuggestionStep(SuggestionStep.Kind.START, today.minusDays(18), null, null, null, null));
        assertThatThrownBy(() -> step(id, new SuggestionStep(SuggestionStep.Kind.IMPLEMENT, today, null, null, null,
                null))).hasFieldOrPropertyWithValue("messageKey", "suggestion.reply.required");
        step(id, new SuggestionStep(SuggestionStep.Kind.REPLY, today, null, null, null, "议事角已设立"));
        Suggestion done = step(id, new SuggestionStep(SuggestionStep.Kind.IMPLEMENT, today, null, null, null, null));
        assertThat(done.getStatus()).isEqualTo(SuggestionStatus.IMPLEMENTED);
        assertThat(suggestions.get(DataScope.of(branch), id).getMember().getName()).isEqualTo("提建议的党员");
    }

    @Test
    void aStaleStepIsAConflict() {
        long id = receive(branch, null, SubmitterKind.ANONYMOUS);
        long version = suggestions.get(DataScope.of(branch), id).getVersion();
        step(id, new SuggestionStep(SuggestionStep.Kind.ASSIGN, today, HandlingSystem.PUBLIC_NOTICE, "居委会", null,
                null));
        assertThatThrownBy(() -> AuditActor.runAs("x", () -> suggestions.step(DataScope.of(branch), id, version,
                new SuggestionStep(SuggestionStep.Kind.START, today, null, null, null, null))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void anotherBranchNeitherSeesNorReceivesForIt() {
        long id = receive(branch, null, SubmitterKind.MASSES);
        assertThatThrownBy(() -> suggestions.get(DataScope.of(otherBranch), id)).isInstanceOf(NotFoundException.class);
        assertThat(suggestions.inScope(DataScope.of(otherBranch), new SuggestionFilter(null, null, null, false),
                PageRequest.of(0, 10))).isEmpty();
        assertThatThrownBy(() -> receive(otherBranch, member.getId(), SubmitterKind.MEMBER))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theOverdueListHoldsOpenCommitmentsPastTheirDate() {
        long overdue = receive(branch, null, SubmitterKind.MASSES);
        step(overdue, new SuggestionStep(SuggestionStep.Kind.ASSIGN, today.minusDays(10), HandlingSystem.COMMITMENT,
                "社区党委书记", today.minusDays(1), null));
        long due = receive(branch, null, SubmitterKind.MASSES);
        step(due, new SuggestionStep(SuggestionStep.Kind.ASSIGN, today.minusDays(10), HandlingSystem.COMMITMENT,
                "社区党委书记", today, null));
        long closed = receive(otherBranch, null, SubmitterKind.MASSES);
        step(closed, new SuggestionStep(SuggestionStep.Kind.ASSIGN, today.minusDays(10), HandlingSystem.COMMITMENT,
                "社区党委书记", today.minusDays(2), null));
        step(closed, new SuggestionStep(SuggestionStep.Kind.REPLY, today, null, null, null, "不予采纳的说明"));
        step(closed, new SuggestionStep(SuggestionStep.Kind.NOT_ADOPT, today, null, null, null, "不属社区职权"));
        Page<Suggestion> page = suggestions.inScope(DataScope.of(street),
                new SuggestionFilter(null, null, today.minusDays(20).getYear(), true), PageRequest.of(0, 10));
        assertThat(page.getContent()).extracting(Suggestion::getId).containsExactly(overdue);
        Page<Suggestion> all = suggestions.inScope(DataScope.of(street),
                new SuggestionFilter(null, null, null, false), PageRequest.of(0, 2));
        assertThat(all.getTotalElements()).isEqualTo(3);
        assertThat(all.getContent()).hasSize(2);
    }
}
