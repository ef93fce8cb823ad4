package cn.jinan.care.persistence.fairness;

import cn.jinan.care.domain.fairness.FaultToleranceCase;
import cn.jinan.care.domain.fairness.FaultToleranceDecision;
import cn.jinan.care.domain.fairness.FaultToleranceOrigin;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.persistence.audit.Change;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.audit.SensitiveReadLog;
import cn.jinan.care.persistence.member.MemberService;
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
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Fault-tolerance cases (容错, 第17条) within a data scope. Showing a case is a logged read. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class FaultToleranceService {

    public static final String SENSITIVE_TYPE = "FAULT_TOLERANCE";
    static final String SUBMISSION_TYPE = "FAULT_TOLERANCE";

    private final FaultToleranceCaseRepository cases;
    private final MemberService members;
    private final SensitiveReadLog sensitiveReads;
    private final Submissions submissions;
    private final HistoryService history;
    private final Clock clock;

    /** Opens a case for a member in scope. A resubmitted form (same token) returns the case the first one opened. */
    @Transactional
    public long open(DataScope scope, UUID token, long memberId, FaultToleranceOrigin origin, LocalDate receivedOn,
            String facts) {
        Member member = members.get(scope, memberId);
        FaultToleranceCase c = FaultToleranceCase.open(member, origin, receivedOn, facts, today());
        Optional<Long> earlier = submissions.claim(token, SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        c = cases.save(c);
        submissions.created(token, c.getId());
        return c.getId();
    }

    @Transactional
    public FaultToleranceCase investigate(DataScope scope, long id, long version, LocalDate on, String investigator,
            String findings) {
        FaultToleranceCase c = current(scope, id, version);
        c.investigate(on, investigator, findings, today());
        return c;
    }

    @Transactional
    public FaultToleranceCase assess(DataScope scope, long id, long version, LocalDate on, Boolean lackOfExperience,
            Boolean notProhibited, Boolean forDevelopment, String assessment) {
        FaultToleranceCase c = current(scope, id, version);
        c.assess(on, lackOfExperience, notProhibited, forDevelopment, assessment, today());
        return c;
    }

    @Transactional
    public FaultToleranceCase decide(DataScope scope, long id, long version, FaultToleranceDecision decision,
            LocalDate on, String by, String reasons) {
        FaultToleranceCase c = current(scope, id, version);
        c.decide(decision, on, by, reasons, today());
        return c;
    }

    /** The case without a logged read: for forms and checks that do not show its contents. */
    public FaultToleranceCase get(DataScope scope, long id) {
        return cases.findInScope(id, scope.likePattern())
                .orElseThrow(() -> new NotFoundException("fault-tolerance case", id));
    }

    /** The case to be shown: the read is logged. */
    @Transactional
    public FaultToleranceCase read(DataScope scope, long id) {
        FaultToleranceCase c = get(scope, id);
        sensitiveReads.log(SENSITIVE_TYPE, c.getId(), c.getMember().getId());
        return c;
    }

    public Page<FaultToleranceCase> inScope(DataScope scope, Integer year, Pageable pageable) {
        YearRange r = YearRange.of(year);
        return cases.findInScope(scope.likePattern(), r.from(), r.to(), pageable);
    }

    /** A page of the export, which carries the facts and reasons: each case's read is logged. */
    @Transactional
    public Page<FaultToleranceCase> exportPage(DataScope scope, Integer year, Pageable pageable) {
        Page<FaultToleranceCase> page = inScope(scope, year, pageable);
        page.forEach(c -> sensitiveReads.log(SENSITIVE_TYPE, c.getId(), c.getMember().getId()));
        return page;
    }

    /**
     * The decisions granting tolerance to a member in scope, for the member's page: 第17条 asks that later assessments
     * of the member see them. Each one shown is a logged read.
     */
    @Transactional
    public List<FaultToleranceCase> grantedFor(DataScope scope, long memberId) {
        members.get(scope, memberId);
        List<FaultToleranceCase> granted = cases.findGrantedByMember(memberId);
        granted.forEach(c -> sensitiveReads.log(SENSITIVE_TYPE, c.getId(), memberId));
        return granted;
    }

    /** The case's changes; the caller has read the case through {@link #read}. */
    public List<Change> history(long id) {
        return history.of(FaultToleranceCase.class, id, c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("caseStatus", c.getStatus());
            m.put("ftOrigin", c.getOrigin());
            m.put("receivedOn", c.getReceivedOn());
            m.put("ftFacts", c.getFacts());
            m.put("investigatedOn", c.getInvestigatedOn());
            m.put("investigator", c.getInvestigator());
            m.put("ftFindings", c.getFindings());
            m.put("assessedOn", c.getAssessedOn());
            m.put("lackOfExperience", c.getLackOfExperience());
            m.put("notProhibited", c.getNotProhibited());
            m.put("forDevelopment", c.getForDevelopment());
            m.put("assessment", c.getAssessment());
            m.put("ftDecision", c.getDecision());
            m.put("decidedOn", c.getDecidedOn());
            m.put("decidedBy", c.getDecidedBy());
            m.put("decisionReasons", c.getDecisionReasons());
            return m;
        });
    }

    private FaultToleranceCase current(DataScope scope, long id, long version) {
        return Versions.require(get(scope, id), version);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
