package cn.jinan.care.persistence.fairness;

import cn.jinan.care.domain.fairness.ClarificationCase;
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

/** Clarification cases (澄清正名, 第19条) within a data scope. Showing a case is a logged read. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ClarificationService {

    public static final String SENSITIVE_TYPE = "CLARIFICATION";
    static final String SUBMISSION_TYPE = "CLARIFICATION";

    private final ClarificationCaseRepository cases;
    private final MemberService members;
    private final SensitiveReadLog sensitiveReads;
    private final Submissions submissions;
    private final HistoryService history;
    private final Clock clock;

    @Transactional
    public long receive(DataScope scope, UUID token, long memberId, LocalDate receivedOn, String reportSummary) {
        Member member = members.get(scope, memberId);
        ClarificationCase c = ClarificationCase.receive(member, receivedOn, reportSummary, today());
        Optional<Long> earlier = submissions.claim(token, SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        c = cases.save(c);
        submissions.created(token, c.getId());
        return c.getId();
    }

    @Transactional
    public ClarificationCase verify(DataScope scope, long id, long version, LocalDate on, String findings,
            Boolean falseAccusation) {
        ClarificationCase c = current(scope, id, version);
        c.verify(on, findings, falseAccusation, today());
        return c;
    }

    @Transactional
    public ClarificationCase clarify(DataScope scope, long id, long version, LocalDate on, boolean meeting,
            boolean media, String venue) {
        ClarificationCase c = current(scope, id, version);
        c.clarify(on, meeting, media, venue, today());
        return c;
    }

    @Transactional
    public ClarificationCase handleAccuser(DataScope scope, long id, long version, LocalDate on, String action) {
        ClarificationCase c = current(scope, id, version);
        c.handleAccuser(on, action, today());
        return c;
    }

    public ClarificationCase get(DataScope scope, long id) {
        return cases.findInScope(id, scope.likePattern())
                .orElseThrow(() -> new NotFoundException("clarification case", id));
    }

    @Transactional
    public ClarificationCase read(DataScope scope, long id) {
        ClarificationCase c = get(scope, id);
        sensitiveReads.log(SENSITIVE_TYPE, c.getId(), c.getMember().getId());
        return c;
    }

    public Page<ClarificationCase> inScope(DataScope scope, Integer year, Pageable pageable) {
        YearRange r = YearRange.of(year);
        return cases.findInScope(scope.likePattern(), r.from(), r.to(), pageable);
    }

    @Transactional
    public Page<ClarificationCase> exportPage(DataScope scope, Integer year, Pageable pageable) {
        Page<ClarificationCase> page = inScope(scope, year, pageable);
        page.forEach(c -> sensitiveReads.log(SENSITIVE_TYPE, c.getId(), c.getMember().getId()));
        return page;
    }

    public List<Change> history(long id) {
        return history.of(ClarificationCase.class, id, c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("caseStatus", c.getStatus());
            m.put("receivedOn", c.getReceivedOn());
            m.put("reportSummary", c.getReportSummary());
            m.put("verifiedOn", c.getVerifiedOn());
            m.put("verificationFindings", c.getVerificationFindings());
            m.put("falseAccusation", c.getFalseAccusation());
            m.put("clarifiedOn", c.getClarifiedOn());
            m.put("byMeeting", c.getByMeeting());
            m.put("byMedia", c.getByMedia());
            m.put("clarificationVenue", c.getClarificationVenue());
            m.put("accuserHandledOn", c.getAccuserHandledOn());
            m.put("accuserAction", c.getAccuserAction());
            return m;
        });
    }

    private ClarificationCase current(DataScope scope, long id, long version) {
        return Versions.require(get(scope, id), version);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
