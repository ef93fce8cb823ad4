package cn.jinan.care.domain.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.member.Members;
import cn.jinan.care.domain.policy.ObligationSpec;
import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.Parameters;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 第18条: rectification first, the four musts before the decision, the effect evaluated after it. */
class AccountabilityCaseTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final LocalDate FOUND = LocalDate.of(2025, 3, 1);
    static final LocalDate RESULT = LocalDate.of(2025, 4, 10);

    static AccountabilityCase rectifying() {
        return AccountabilityCase.open(Members.aMember().build(), FOUND, "防汛物资台账与实物不符", FOUND.plusDays(1),
                FOUND.plusDays(30), "十日内清点物资，补齐台账", TODAY);
    }

    static AccountabilityCase inProceedings() {
        AccountabilityCase c = rectifying();
        c.recordRectification(RESULT, "逾期未完成清点，台账仍不符", false, TODAY);
        return c;
    }

    static AccountabilityCase withAllThreeMusts() {
        AccountabilityCase c = inProceedings();
        c.hearStatement(RESULT.plusDays(5), "本人承认疏于检查", Fault.NEGLIGENCE, TODAY);
        c.hearOpinions(RESULT.plusDays(6), "支部认为该同志一贯表现较好", "群众反映工作认真", TODAY);
        c.hearPolicyOpinion(RESULT.plusDays(7), "市应急局", "应适用防汛物资管理办法第十二条", TODAY);
        return c;
    }

    private static void decide(AccountabilityCase c) {
        c.decide(AccountabilityOutcome.LIGHTENED, "诫勉谈话", true, RESULT.plusDays(10), "区纪委", "未造成大的损失", TODAY);
    }

    @Test
    void opensWithRectificationOrderedFirst() {
        AccountabilityCase c = rectifying();
        assertThat(c.getStatus()).isEqualTo(AccountabilityStatus.RECTIFYING);
        assertThat(c.getRectificationDeadline()).isEqualTo(FOUND.plusDays(30));
    }

    @Test
    void aDeadlineNotAfterTheOrderIsRefused() {
        assertThatThrownBy(() -> AccountabilityCase.open(Members.aMember().build(), FOUND, "问题", FOUND, FOUND,
                "整改", TODAY)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "accountability.deadline.not-after-order");
    }

    @Test
    void aSufficientRectificationClosesTheCaseWithoutAccountability() {
        AccountabilityCase c = rectifying();
        c.recordRectification(RESULT, "已按要求整改到位", true, TODAY);
        assertThat(c.getStatus()).isEqualTo(AccountabilityStatus.RECTIFIED);
        assertThatThrownBy(() -> c.hearStatement(RESULT, "陈述", Fault.INTENT, TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "case.step.out-of-order");
    }

    @Test
    void theMustsCannotBeHeardBeforeTheRectificationFellShort() {
        AccountabilityCase c = rectifying();
        assertThatThrownBy(() -> c.hearStatement(RESULT, "陈述", Fault.INTENT, TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "case.step.out-of-order");
    }

    @Test
    void refusesADecisionWithoutTheStatement() {
        AccountabilityCase c = inProceedings();
        c.hearOpinions(RESULT.plusDays(6), "支部意见", "群众意见", TODAY);
        c.hearPolicyOpinion(RESULT.plusDays(7), "市应急局", "政策适用意见", TODAY);
        assertThat(c.missingBeforeDecision()).containsExactly(FourMust.STATEMENT);
        assertThatThrownBy(() -> decide(c)).hasFieldOrPropertyWithValue("messageKey", "accountability.musts-missing");
        assertThat(c.getStatus()).isEqualTo(AccountabilityStatus.PROCEEDINGS);
    }

    @Test
    void refusesADecisionWithoutTheOrganizationsAndTheMassesOpinions() {
        AccountabilityCase c = inProceedings();
        c.hearStatement(RESULT.plusDays(5), "陈述", Fault.INTENT, TODAY);
        c.hearPolicyOpinion(RESULT.plusDays(7), "市应急局", "政策适用意见", TODAY);
        assertThat(c.missingBeforeDecision()).containsExactly(FourMust.ORGANIZATION_AND_MASSES);
        assertThatThrownBy(() -> decide(c)).hasFieldOrPropertyWithValue("messageKey", "accountability.musts-missing");
    }

    @Test
    void refusesADecisionWithoutThePolicyOpinion() {
        AccountabilityCase c = inProceedings();
        c.hearStatement(RESULT.plusDays(5), "陈述", Fault.INTENT, TODAY);
        c.hearOpinions(RESULT.plusDays(6), "支部意见", "群众意见", TODAY);
        assertThat(c.missingBeforeDecision()).containsExactly(FourMust.POLICY_OPINION);
        assertThatThrownBy(() -> decide(c)).hasFieldOrPropertyWithValue("messageKey", "accountability.musts-missing");
    }

    @Test
    void aStatementMustClassTheFault() {
        AccountabilityCase c = inProceedings();
        assertThatThrownBy(() -> c.hearStatement(RESULT.plusDays(5), "陈述", null, TODAY))
                .hasFieldOrPropertyWithValue("field", "fault");
        assertThat(c.missingBeforeDecision()).contains(FourMust.STATEMENT);
    }

    @Test
    void theOpinionsNeedBothTheOrganizationAndTheMasses() {
        AccountabilityCase c = inProceedings();
        assertThatThrownBy(() -> c.hearOpinions(RESULT.plusDays(6), "支部意见", " ", TODAY))
                .hasFieldOrPropertyWithValue("field", "massesOpinion");
    }

    @Test
    void decidesOnceTheThreeMustsAreHeardAndOwesTheEffectEvaluation() {
        AccountabilityCase c = withAllThreeMusts();
        assertThat(c.missingBeforeDecision()).isEmpty();
        decide(c);
        assertThat(c.getStatus()).isEqualTo(AccountabilityStatus.DECIDED);
        assertThat(c.musts()).containsEntry(FourMust.EFFECT_EVALUATION, false);
        ObligationSpec due = c.effectEvaluationDue(Parameters.defaults());
        assertThat(due.rule()).isEqualTo(RuleCode.R18_FOUR_MUSTS);
        assertThat(due.action()).isEqualTo(RequiredAction.EFFECT_EVALUATION);
        assertThat(due.dueDate()).isEqualTo(RESULT.plusDays(10).plusDays(90));
        ObligationSpec changed = c.effectEvaluationDue((key, day) -> key == ParameterKey.ACCOUNTABILITY_EVALUATION_DAYS
                ? new BigDecimal("30") : key.defaultValue());
        assertThat(changed.dueDate()).isEqualTo(RESULT.plusDays(40));

        c.evaluate(RESULT.plusDays(60), "整改成效巩固，未再发生同类问题", TODAY);
        assertThat(c.getStatus()).isEqualTo(AccountabilityStatus.EVALUATED);
        assertThat(c.musts()).containsOnlyKeys(FourMust.values()).doesNotContainValue(false);
    }

    @Test
    void aLenientOutcomeNeedsNoGreatLossOrARemedy() {
        AccountabilityCase c = withAllThreeMusts();
        assertThatThrownBy(() -> c.decide(AccountabilityOutcome.EXEMPTED, null, false, RESULT.plusDays(10), "区纪委",
                "理由", TODAY)).hasFieldOrPropertyWithValue("messageKey", "accountability.lenient.needs-remediable");
        c.decide(AccountabilityOutcome.MEASURE_TAKEN, "通报批评", false, RESULT.plusDays(10), "区纪委", "造成较大损失",
                TODAY);
        assertThat(c.getOutcome()).isEqualTo(AccountabilityOutcome.MEASURE_TAKEN);
    }

    @Test
    void aMeasureTakenNamesTheMeasure() {
        AccountabilityCase c = withAllThreeMusts();
        assertThatThrownBy(() -> c.decide(AccountabilityOutcome.MEASURE_TAKEN, " ", true, RESULT.plusDays(10), "区纪委",
                "理由", TODAY)).hasFieldOrPropertyWithValue("field", "measure");
    }

    @Test
    void theDecisionIsNotDatedBeforeAMustWasHeard() {
        AccountabilityCase c = withAllThreeMusts();
        assertThatThrownBy(() -> c.decide(AccountabilityOutcome.LIGHTENED, null, true, RESULT.plusDays(6), "区纪委",
                "理由", TODAY)).hasFieldOrPropertyWithValue("field", "decidedOn");
    }

    @Test
    void theEffectCannotBeEvaluatedBeforeTheDecision() {
        AccountabilityCase c = withAllThreeMusts();
        assertThatThrownBy(() -> c.evaluate(TODAY, "评估", TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "case.step.out-of-order");
    }
}
