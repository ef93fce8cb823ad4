package cn.jinan.care.persistence.fairness;

import cn.jinan.care.domain.fairness.AccountabilityCase;
import cn.jinan.care.domain.fairness.AccountabilityOutcome;
import cn.jinan.care.domain.fairness.Fault;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.obligation.ObligationStatus;
import cn.jinan.care.persistence.audit.Change;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.audit.SensitiveReadLog;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.obligation.ObligationRepository;
import cn.jinan.care.persistence.policy.ParameterService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.shared.Submissions;
import cn.jinan.care.persistence.shared.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accountability cases (问责, 第18条) within a data scope. The decision opens the effect-evaluation obligation
 * (R18-FOUR-MUSTS, the fourth must) in the same transaction; the evaluation fulfils it. Showing a case is a logged
 * read.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class AccountabilityService {

    public static final String SENSITIVE_TYPE = "ACCOUNTABILITY";
    /** The record type of an evaluation fulfilling its obligation. */
    public static final String RECORD_TYPE = "ACCOUNTABILITY";
    static final String SUBMISSION_TYPE = "ACCOUNTABILITY";
    private static final int DUE_LIMIT = 200;

    private final AccountabilityCaseRepository cases;
    private final ObligationRepository obligations;
    private final ParameterService parameters;
    private final MemberService members;
    private final SensitiveReadLog sensitiveReads;
    private final Submissions submissions;
    private final HistoryService history;
    private final Clock clock;

    /** Opens a case with its rectification ordered (先责令整改). A resubmitted form returns the first case. */
    @Transactional
    public long open(DataScope scope, UUID token, long memberId, LocalDate foundOn, String problem,
            LocalDate orderedOn, LocalDate deadline, String requirements) {
        Member member = members.get(scope, memberId);
        AccountabilityCase c = AccountabilityCase.open(member, foundOn, problem, orderedOn, deadline, requirements,
                today());
        Optional<Long> earlier = submissions.claim(token, SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        c = cases.save(c);
        submissions.created(token, c.getId());
        return c.getId();
    }

    @Transactional
    public AccountabilityCase recordRectification(DataScope scope, long id, long version, LocalDate on, String result,
            Boolean sufficient) {
        AccountabilityCase c = current(scope, id, version);
        c.recordRectification(on, result, sufficient, today());
        return c;
    }

    @Transactional
    public AccountabilityCase hearStatement(DataScope scope, long id, long version, LocalDate on, String statement,
            Fault fault) {
        AccountabilityCase c = current(scope, id, version);
        c.hearStatement(on, statement, fault, today());
        return c;
    }

    @Transactional
    public AccountabilityCase hearOpinions(DataScope scope, long id, long version, LocalDate on,
            String organizationOpinion, String massesOpinion) {
        AccountabilityCase c = current(scope, id, version);
        c.hearOpinions(on, organizationOpinion, massesOpinion, today());
        return c;
    }

    @Transactional
    public AccountabilityCase hearPolicyOpinion(DataScope scope, long id, long version, LocalDate on,
            String department, String opinion) {
        AccountabilityCase c = current(scope, id, version);
        c.hearPolicyOpinion(on, department, opinion, today());
        return c;
    }

    /**
     * Takes the decision — refused by the case while a must is missing — and opens the obligation to evaluate its
     * effect, due by the parameter in force on the decision's date.
     */
    @Transactional
    public Obligation decide(DataScope scope, long id, long version, AccountabilityOutcome outcome, String measure,
            Boolean lossRemediable, LocalDate on, String by, String reasons) {
        AccountabilityCase c = current(scope, id, version);
        c.decide(outcome, measure, lossRemediable, on, by, reasons, today());
        // 第18条: 必须对问责效果进行评估
        return obligations.save(Obligation.arise(c.getMember(), null, c.getDecidedOn(),
                c.effectEvaluationDue(parameters)));
    }

    /** Records the effect evaluation; it fulfils the obligation the decision opened. */
    @Transactional
    public AccountabilityCase evaluate(DataScope scope, long id, long version, LocalDate on, String evaluation) {
        AccountabilityCase c = current(scope, id, version);
        c.evaluate(on, evaluation, today());
        evaluationObligation(c).filter(o -> o.getStatus() == ObligationStatus.OPEN)
                .ifPresent(o -> o.fulfil(RECORD_TYPE, c.getId(), c.getEvaluatedOn()));
        return c;
    }

    /** The effect-evaluation obligation of a decided case. */
    public Optional<Obligation> evaluationObligation(AccountabilityCase c) {
        if (c.getDecidedOn() == null) {
            return Optional.empty();
        }
        List<Obligation> found = cases.findEvaluationObligations(c.getMember().getId(), c.getDecidedOn());
        // the one this case fulfilled, else the first still open (two decisions of one member on one day are rare)
        return found.stream().filter(o -> o.fulfilledBy(RECORD_TYPE, c.getId())).findFirst()
                .or(() -> found.stream().filter(o -> o.getStatus() == ObligationStatus.OPEN).findFirst());
    }

    /** The effect evaluations owed in the scope, the earliest due first. */
    public List<EvaluationDue> evaluationsDue(DataScope scope) {
        return cases.findEvaluationsDue(scope.likePattern(), PageRequest.of(0, DUE_LIMIT)).stream()
                .map(row -> new EvaluationDue((AccountabilityCase) row[0], (LocalDate) row[1])).toList();
    }

    public AccountabilityCase get(DataScope scope, long id) {
        return cases.findInScope(id, scope.likePattern())
                .orElseThrow(() -> new NotFoundException("accountability case", id));
    }

    @Transactional
    public AccountabilityCase read(DataScope scope, long id) {
        AccountabilityCase c = get(scope, id);
        sensitiveReads.log(SENSITIVE_TYPE, c.getId(), c.getMember().getId());
        return c;
    }

    public Page<AccountabilityCase> inScope(DataScope scope, Integer year, Pageable pageable) {
        YearRange r = YearRange.of(year);
        return cases.findInScope(scope.likePattern(), r.from(), r.to(), pageable);
    }

    @Transactional
    public Page<AccountabilityCase> exportPage(DataScope scope, Integer year, Pageable pageable) {
        Page<AccountabilityCase> page = inScope(scope, year, pageable);
        page.forEach(c -> sensitiveReads.log(SENSITIVE_TYPE, c.getId(), c.getMember().getId()));
        return page;
    }

    public List<Change> history(long id) {
        return history.of(AccountabilityCase.class, id, c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("caseStatus", c.getStatus());
            m.put("foundOn", c.getFoundOn());
            m.put("problem", c.getProblem());
            m.put("rectificationOrderedOn", c.getRectificationOrderedOn());
            m.put("rectificationDeadline", c.getRectificationDeadline());
            m.put("rectificationRequirements", c.getRectificationRequirements());
            m.put("rectificationResultOn", c.getRectificationResultOn());
            m.put("rectificationResult", c.getRectificationResult());
            m.put("rectificationSufficient", c.getRectificationSufficient());
            m.put("statementOn", c.getStatementOn());
            m.put("statement", c.getStatement());
            m.put("fault", c.getFault());
            m.put("opinionsOn", c.getOpinionsOn());
            m.put("organizationOpinion", c.getOrganizationOpinion());
            m.put("massesOpinion", c.getMassesOpinion());
            m.put("policyOpinionOn", c.getPolicyOpinionOn());
            m.put("policyDepartment", c.getPolicyDepartment());
            m.put("policyOpinion", c.getPolicyOpinion());
            m.put("outcome", c.getOutcome());
            m.put("measure", c.getMeasure());
            m.put("lossRemediable", c.getLossRemediable());
            m.put("decidedOn", c.getDecidedOn());
            m.put("decidedBy", c.getDecidedBy());
            m.put("decisionReasons", c.getDecisionReasons());
            m.put("evaluatedOn", c.getEvaluatedOn());
            m.put("evaluation", c.getEvaluation());
            return m;
        });
    }

    private AccountabilityCase current(DataScope scope, long id, long version) {
        return Versions.require(get(scope, id), version);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
