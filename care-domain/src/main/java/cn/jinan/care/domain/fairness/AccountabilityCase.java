package cn.jinan.care.domain.fairness;

import static cn.jinan.care.domain.fairness.FaultToleranceCase.notBefore;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.policy.ObligationSpec;
import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.Parameters;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.Dates;
import cn.jinan.care.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * An accountability case (问责, 第18条). The problem is first ordered rectified (先责令整改) with a deadline; only when
 * the rectification falls short (整改不力) do proceedings start. No decision is taken until the first three of the
 * four musts (凡问四必, R18-FOUR-MUSTS) are on the record: the person's statement with the fault classed as intent or
 * negligence; the opinions of the unit's party organization and of the masses; the superior business department's
 * opinion on the policy. After the decision the effect must be evaluated (the fourth must), an obligation with a due
 * date. Sensitive.
 */
@Entity
@Table(name = "accountability_case")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AccountabilityCase extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountabilityStatus status;

    @Column(name = "found_on", nullable = false)
    private LocalDate foundOn;

    @Column(nullable = false, length = 2000)
    private String problem;

    @Column(name = "rectification_ordered_on", nullable = false)
    private LocalDate rectificationOrderedOn;

    @Column(name = "rectification_deadline", nullable = false)
    private LocalDate rectificationDeadline;

    @Column(name = "rectification_requirements", nullable = false, length = 1000)
    private String rectificationRequirements;

    @Column(name = "rectification_result_on")
    private LocalDate rectificationResultOn;

    @Column(name = "rectification_result", length = 2000)
    private String rectificationResult;

    @Column(name = "rectification_sufficient")
    private Boolean rectificationSufficient;

    @Column(name = "statement_on")
    private LocalDate statementOn;

    @Column(length = 2000)
    private String statement;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Fault fault;

    @Column(name = "opinions_on")
    private LocalDate opinionsOn;

    @Column(name = "organization_opinion", length = 2000)
    private String organizationOpinion;

    @Column(name = "masses_opinion", length = 2000)
    private String massesOpinion;

    @Column(name = "policy_opinion_on")
    private LocalDate policyOpinionOn;

    @Column(name = "policy_department", length = 100)
    private String policyDepartment;

    @Column(name = "policy_opinion", length = 2000)
    private String policyOpinion;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AccountabilityOutcome outcome;

    @Column(length = 500)
    private String measure;

    /** 没造成大的损失或可补救: the condition for a lenient outcome. */
    @Column(name = "loss_remediable")
    private Boolean lossRemediable;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decision_reasons", length = 2000)
    private String decisionReasons;

    @Column(name = "evaluated_on")
    private LocalDate evaluatedOn;

    @Column(length = 2000)
    private String evaluation;

    /** A problem found, and its rectification ordered first (先责令整改) with requirements and a deadline. */
    public static AccountabilityCase open(Member member, LocalDate foundOn, String problem, LocalDate orderedOn,
            LocalDate deadline, String requirements, LocalDate today) {
        AccountabilityCase c = new AccountabilityCase();
        c.member = member;
        c.foundOn = Dates.happened(foundOn, today, "foundOn");
        c.problem = Dates.text(problem, 2000, "problem", true);
        c.rectificationOrderedOn = notBefore(Dates.happened(orderedOn, today, "rectificationOrderedOn"), c.foundOn,
                "rectificationOrderedOn");
        if (deadline == null) {
            throw DomainException.onField("rectificationDeadline", "date.required");
        }
        if (!deadline.isAfter(c.rectificationOrderedOn)) {
            throw DomainException.onField("rectificationDeadline", "accountability.deadline.not-after-order");
        }
        c.rectificationDeadline = deadline;
        c.rectificationRequirements = Dates.text(requirements, 1000, "rectificationRequirements", true);
        c.status = AccountabilityStatus.RECTIFYING;
        return c;
    }

    /**
     * The rectification's result. Rectified well, the case closes without accountability; fallen short (整改不力),
     * proceedings start and the musts are to be heard.
     */
    public void recordRectification(LocalDate on, String result, Boolean sufficient, LocalDate today) {
        require(AccountabilityStatus.RECTIFYING);
        LocalDate date = notBefore(Dates.happened(on, today, "rectificationResultOn"), rectificationOrderedOn,
                "rectificationResultOn");
        if (sufficient == null) {
            throw DomainException.onField("rectificationSufficient", "common.required");
        }
        this.rectificationResult = Dates.text(result, 2000, "rectificationResult", true);
        this.rectificationResultOn = date;
        this.rectificationSufficient = sufficient;
        this.status = sufficient ? AccountabilityStatus.RECTIFIED : AccountabilityStatus.PROCEEDINGS;
    }

    /** Must (1): the person's statement heard, the fault classed as intent or negligence. */
    public void hearStatement(LocalDate on, String statement, Fault fault, LocalDate today) {
        require(AccountabilityStatus.PROCEEDINGS);
        LocalDate date = notBefore(Dates.happened(on, today, "statementOn"), rectificationResultOn, "statementOn");
        if (fault == null) {
            throw DomainException.onField("fault", "accountability.fault.required");
        }
        this.statement = Dates.text(statement, 2000, "statement", true);
        this.fault = fault;
        this.statementOn = date;
    }

    /** Must (2): the unit's party organization heard (with the member's usual conduct) and the masses heard. */
    public void hearOpinions(LocalDate on, String organizationOpinion, String massesOpinion, LocalDate today) {
        require(AccountabilityStatus.PROCEEDINGS);
        LocalDate date = notBefore(Dates.happened(on, today, "opinionsOn"), rectificationResultOn, "opinionsOn");
        this.organizationOpinion = Dates.text(organizationOpinion, 2000, "organizationOpinion", true);
        this.massesOpinion = Dates.text(massesOpinion, 2000, "massesOpinion", true);
        this.opinionsOn = date;
    }

    /** Must (3): the superior business department's opinion on how the policy applies. */
    public void hearPolicyOpinion(LocalDate on, String department, String opinion, LocalDate today) {
        require(AccountabilityStatus.PROCEEDINGS);
        LocalDate date = notBefore(Dates.happened(on, today, "policyOpinionOn"), rectificationResultOn,
                "policyOpinionOn");
        this.policyDepartment = Dates.text(department, 100, "policyDepartment", true);
        this.policyOpinion = Dates.text(opinion, 2000, "policyOpinion", true);
        this.policyOpinionOn = date;
    }

    /**
     * The decision. Refused while any of the first three musts is missing (R18-FOUR-MUSTS). A lenient outcome (从轻,
     * 减轻, 免于问责) needs that no great loss was caused or that it can be remedied; a measure taken names the measure.
     * The decision date is not before the last must heard.
     */
    public void decide(AccountabilityOutcome outcome, String measure, Boolean lossRemediable, LocalDate on,
            String by, String reasons, LocalDate today) {
        require(AccountabilityStatus.PROCEEDINGS);
        List<FourMust> missing = missingBeforeDecision();
        if (!missing.isEmpty()) {
            throw DomainException.of("accountability.musts-missing");
        }
        if (outcome == null) {
            throw DomainException.onField("outcome", "common.required");
        }
        if (lossRemediable == null) {
            throw DomainException.onField("lossRemediable", "common.required");
        }
        if (outcome.lenient() && !lossRemediable) {
            throw DomainException.onField("outcome", "accountability.lenient.needs-remediable");
        }
        String measureText = Dates.text(measure, 500, "measure", outcome == AccountabilityOutcome.MEASURE_TAKEN);
        LocalDate date = Dates.happened(on, today, "decidedOn");
        for (LocalDate heard : List.of(statementOn, opinionsOn, policyOpinionOn)) {
            notBefore(date, heard, "decidedOn");
        }
        this.decidedBy = Dates.text(by, 100, "decidedBy", true);
        this.decisionReasons = Dates.text(reasons, 2000, "decisionReasons", true);
        this.outcome = outcome;
        this.measure = outcome == AccountabilityOutcome.EXEMPTED ? null : measureText;
        this.lossRemediable = lossRemediable;
        this.decidedOn = date;
        this.status = AccountabilityStatus.DECIDED;
    }

    /**
     * Must (4), the obligation the decision creates: the effect evaluated within the parameter's days of the
     * decision (in force on the decision's date).
     */
    public ObligationSpec effectEvaluationDue(Parameters parameters) {
        if (decidedOn == null) {
            throw new IllegalStateException("not decided");
        }
        int days = parameters.intValueOn(ParameterKey.ACCOUNTABILITY_EVALUATION_DAYS, decidedOn);
        return new ObligationSpec(RuleCode.R18_FOUR_MUSTS, RequiredAction.EFFECT_EVALUATION,
                decidedOn.plusDays(days));
    }

    /** Must (4): the effect of the accountability evaluated. */
    public void evaluate(LocalDate on, String evaluation, LocalDate today) {
        require(AccountabilityStatus.DECIDED);
        LocalDate date = notBefore(Dates.happened(on, today, "evaluatedOn"), decidedOn, "evaluatedOn");
        this.evaluation = Dates.text(evaluation, 2000, "evaluation", true);
        this.evaluatedOn = date;
        this.status = AccountabilityStatus.EVALUATED;
    }

    /** Each must and whether it is on the record, in the article's order: the checklist. */
    public Map<FourMust, Boolean> musts() {
        Map<FourMust, Boolean> m = new EnumMap<>(FourMust.class);
        m.put(FourMust.STATEMENT, statementOn != null);
        m.put(FourMust.ORGANIZATION_AND_MASSES, opinionsOn != null);
        m.put(FourMust.POLICY_OPINION, policyOpinionOn != null);
        m.put(FourMust.EFFECT_EVALUATION, evaluatedOn != null);
        return m;
    }

    /** The musts still missing that block a decision. */
    public List<FourMust> missingBeforeDecision() {
        List<FourMust> missing = new ArrayList<>();
        musts().forEach((must, met) -> {
            if (must.beforeDecision() && !met) {
                missing.add(must);
            }
        });
        return missing;
    }

    /** Whether the proceedings are at the stage where the musts are heard and the decision taken. */
    public boolean isInProceedings() {
        return status == AccountabilityStatus.PROCEEDINGS;
    }

    /** A rectification still awaited after its deadline. */
    public boolean isRectificationOverdue(LocalDate today) {
        return status == AccountabilityStatus.RECTIFYING && rectificationDeadline.isBefore(today);
    }

    private void require(AccountabilityStatus expected) {
        if (status != expected) {
            throw DomainException.of("case.step.out-of-order");
        }
    }
}
