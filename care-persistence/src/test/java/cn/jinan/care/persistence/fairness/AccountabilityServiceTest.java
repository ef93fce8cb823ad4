package cn.jinan.care.persistence.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.fairness.AccountabilityOutcome;
import cn.jinan.care.domain.fairness.AccountabilityStatus;
import cn.jinan.care.domain.fairness.Fault;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.obligation.ObligationStatus;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.obligation.ObligationRepository;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** 第18条 on the embedded PostgreSQL: the decision refused before the three musts; the effect evaluation owed. */
@PersistenceTest
class AccountabilityServiceTest {

    @Autowired
    TestTrees trees;
    @Autowired
    AccountabilityService accountability;
    @Autowired
    AccountabilityCaseRepository cases;
    @Autowired
    ObligationRepository obligationRepository;
    @Autowired
    ObligationService obligations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    TestTree tree;
    Organization branch;
    DataScope scope;
    Member member;
    LocalDate today;

    @BeforeEach
    void aBranch() {
        tree = trees.newTree();
        Organization district = tree.district("历下区委");
        branch = tree.branch(tree.street(district, "解放路街道党工委"), "第一支部");
        scope = DataScope.of(district);
        member = tree.member(branch, "李明");
        today = LocalDate.now(clock);
    }

    private <T> T as(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AuditActor.runAs("org-dept", () -> result.set(work.get()));
        return result.get();
    }

    private long inProceedings() {
        long id = as(() -> accountability.open(scope, UUID.randomUUID(), member.getId(), today.minusDays(30),
                "项目进度滞后", today.minusDays(29), today.minusDays(10), "制定赶工计划"));
        as(() -> accountability.recordRectification(scope, id, 0, today.minusDays(9), "计划未落实", false));
        return id;
    }

    private long version(long id) {
        return cases.findById(id).orElseThrow().getVersion();
    }

    private Obligation decide(long id) {
        return as(() -> accountability.decide(scope, id, version(id), AccountabilityOutcome.REDUCED, "诫勉谈话", true,
                today.minusDays(2), "区纪委", "可以补救"));
    }

    @Test
    void theDecisionIsRefusedAndNothingSavedUntilTheThreeMustsAreRecorded() {
        long id = inProceedings();
        assertThatThrownBy(() -> decide(id)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "accountability.musts-missing");
        as(() -> accountability.hearStatement(scope, id, version(id), today.minusDays(8), "承认统筹不力", Fault.NEGLIGENCE));
        as(() -> accountability.hearOpinions(scope, id, version(id), today.minusDays(7), "一贯表现较好", "群众认可"));
        assertThatThrownBy(() -> decide(id)).hasFieldOrPropertyWithValue("messageKey", "accountability.musts-missing");
        assertThat(cases.findById(id).orElseThrow().getStatus()).isEqualTo(AccountabilityStatus.PROCEEDINGS);
        assertThat(obligationRepository.findByMember(member.getId())).isEmpty();

        as(() -> accountability.hearPolicyOpinion(scope, id, version(id), today.minusDays(6), "区住建局", "政策适用意见"));
        Obligation due = decide(id);
        assertThat(due.getRule()).isEqualTo(RuleCode.R18_FOUR_MUSTS);
        assertThat(due.getAction()).isEqualTo(RequiredAction.EFFECT_EVALUATION);
        assertThat(due.getDueDate()).isEqualTo(today.minusDays(2).plusDays(90));
        assertThat(accountability.evaluationsDue(scope)).singleElement()
                .satisfies(d -> assertThat(d.accountability().getId()).isEqualTo(id));
    }

    @Test
    void theDatabaseRefusesADecidedCaseWithoutTheMusts() {
        long id = inProceedings();
        assertThatThrownBy(() -> jdbc.update("update accountability_case set status = 'DECIDED', outcome = 'EXEMPTED',"
                + " loss_remediable = true, decided_on = current_date, decided_by = 'x', decision_reasons = 'y'"
                + " where id = ?", id)).hasMessageContaining("ck_accountability_case_musts");
    }

    @Test
    void theEvaluationFulfilsTheObligationAndItStaysOffTheGeneralToDoList() {
        long id = inProceedings();
        as(() -> accountability.hearStatement(scope, id, version(id), today.minusDays(8), "陈述", Fault.INTENT));
        as(() -> accountability.hearOpinions(scope, id, version(id), today.minusDays(7), "支部意见", "群众意见"));
        as(() -> accountability.hearPolicyOpinion(scope, id, version(id), today.minusDays(6), "区住建局", "意见"));
        Obligation due = decide(id);

        assertThat(obligations.openInScope(scope, PageRequest.of(0, 50)).getContent())
                .noneMatch(o -> o.getId().equals(due.getId()));
        assertThat(obligations.countOpen(scope)).isZero();
        assertThat(obligations.forMember(member.getId())).isEmpty();
        assertThatThrownBy(() -> obligations.get(scope, due.getId())).isInstanceOf(NotFoundException.class);

        as(() -> accountability.evaluate(scope, id, version(id), today, "整改成效巩固"));
        Obligation fulfilled = obligationRepository.findById(due.getId()).orElseThrow();
        assertThat(fulfilled.getStatus()).isEqualTo(ObligationStatus.FULFILLED);
        assertThat(fulfilled.fulfilledBy(AccountabilityService.RECORD_TYPE, id)).isTrue();
        assertThat(accountability.evaluationsDue(scope)).isEmpty();
    }

    @Test
    void aCaseOutsideTheScopeIsNotFound() {
        long id = inProceedings();
        Organization other = tree.branch(tree.street(tree.district("市中区委"), "大观园街道"), "第二支部");
        assertThatThrownBy(() -> accountability.get(DataScope.of(other), id)).isInstanceOf(NotFoundException.class);
        assertThat(accountability.inScope(DataScope.of(other), null, PageRequest.of(0, 10))).isEmpty();
        assertThat(accountability.inScope(scope, today.getYear(), PageRequest.of(0, 10)).getContent())
                .extracting(c -> c.getId()).contains(id);
    }
}
