package cn.jinan.care.persistence.delegate;

import cn.jinan.care.domain.delegate.DelegateProposal;
import cn.jinan.care.domain.delegate.DelegateSession;
import cn.jinan.care.domain.delegate.ProposalDetails;
import cn.jinan.care.domain.delegate.SessionKind;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.policy.ParameterService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.shared.Submissions;
import cn.jinan.care.persistence.shared.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Party congress delegates' work (第7条) within a data scope: proposals and motions by delegates in scope, co-signed by
 * delegates in scope (a 提案 by at least {@link ParameterKey#PROPOSAL_MIN_SIGNERS} in force on its day); the sessions
 * organizations in scope call their delegates to, and the attendance rates.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class DelegateService {

    static final String PROPOSAL_SUBMISSION = "DELEGATE_PROPOSAL";
    static final String SESSION_SUBMISSION = "DELEGATE_SESSION";

    private final DelegateProposalRepository proposals;
    private final DelegateSessionRepository sessions;
    private final MemberService members;
    private final OrganizationService organizations;
    private final ParameterService parameters;
    private final Submissions submissions;
    private final Clock clock;

    @Transactional
    public long submit(DataScope scope, UUID token, long delegateId, Collection<Long> coSignerIds,
            ProposalDetails details) {
        Member delegate = members.get(scope, delegateId);
        List<Member> coSigners = inScope(scope, coSignerIds);
        Optional<Long> earlier = submissions.claim(token, PROPOSAL_SUBMISSION);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        DelegateProposal p = proposals.save(DelegateProposal.submit(delegate, coSigners, details,
                minSigners(details.submittedOn()), today()));
        submissions.created(token, p.getId());
        return p.getId();
    }

    @Transactional
    public DelegateProposal change(DataScope scope, long id, long expectedVersion, Collection<Long> coSignerIds,
            ProposalDetails details) {
        DelegateProposal p = proposal(scope, id);
        Versions.require(p, expectedVersion);
        p.change(inScope(scope, coSignerIds), details, minSigners(details.submittedOn()), today());
        return p;
    }

    @Transactional
    public DelegateProposal step(DataScope scope, long id, long expectedVersion, ProposalStep step) {
        DelegateProposal p = proposal(scope, id);
        Versions.require(p, expectedVersion);
        switch (step.kind()) {
            case DECIDE -> p.decide(step.decision(), step.note(), step.date(), today());
            case HANDLE -> p.handle(step.note(), step.date(), today());
            case REPLY -> p.reply(step.note(), step.date(), today());
        }
        return p;
    }

    /** The proposal with its co-signers loaded. */
    public DelegateProposal proposal(DataScope scope, long id) {
        DelegateProposal p = proposals.findInScope(id, scope.likePattern())
                .orElseThrow(() -> new NotFoundException("proposal", id));
        p.getCoSigners().size();
        return p;
    }

    /** The list, paged in SQL, with each proposal's co-signers loaded (one batch per page). */
    public Page<DelegateProposal> proposals(DataScope scope, ProposalFilter filter, Pageable pageable) {
        Page<DelegateProposal> page = proposals.findInScope(scope.likePattern(), filter.kinds(), filter.statuses(),
                filter.fromYear(), filter.toYear(), pageable);
        page.forEach(p -> p.getCoSigners().size());
        return page;
    }

    /** The co-signers of a proposal, by name (loaded in this transaction). */
    public List<Member> coSigners(DataScope scope, long id) {
        List<Member> list = proposal(scope, id).coSignersByName();
        list.forEach(m -> m.getOrganization().getName());
        return list;
    }

    /** 第7条 联名: the fewest signers of a proposal submitted on the day. */
    public int minSigners(LocalDate day) {
        return parameters.intValueOn(ParameterKey.PROPOSAL_MIN_SIGNERS, day == null ? today() : day);
    }

    /** Active delegates of the scope (a form's picker). */
    public List<Member> delegates(DataScope scope) {
        return sessions.findDelegates(scope.likePattern());
    }

    /** Records a session of an organization in scope calling its subtree's delegates; those in present came. */
    @Transactional
    public long hold(DataScope scope, UUID token, long organizationId, SessionKind kind, LocalDate heldOn,
            String title, String notes, Set<Long> presentIds) {
        Organization organization = organizations.get(scope, organizationId);
        Optional<Long> earlier = submissions.claim(token, SESSION_SUBMISSION);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<Member> called = sessions.findDelegates(DataScope.of(organization).likePattern());
        DelegateSession s = sessions.save(DelegateSession.hold(organization, kind, heldOn, title, notes, called,
                presentIds == null ? Set.of() : presentIds, today()));
        submissions.created(token, s.getId());
        return s.getId();
    }

    /** Changes a session held by an organization in scope (the delegates called stay). */
    @Transactional
    public DelegateSession change(DataScope scope, long id, long expectedVersion, SessionKind kind, LocalDate heldOn,
            String title, String notes, Set<Long> presentIds) {
        DelegateSession s = session(scope, id);
        if (!scope.covers(s.getOrganization())) {
            throw new NotFoundException("session", id);
        }
        Versions.require(s, expectedVersion);
        s.change(kind, heldOn, title, notes, today());
        s.markPresent(presentIds == null ? Set.of() : presentIds);
        return s;
    }

    public DelegateSession session(DataScope scope, long id) {
        DelegateSession s = sessions.findInScope(id, scope.likePattern())
                .orElseThrow(() -> new NotFoundException("session", id));
        s.getAttendance().forEach(a -> a.getMember().getOrganization().getName());
        return s;
    }

    /** The list, paged in SQL, with each session's attendance loaded (one batch per page). */
    public Page<DelegateSession> sessions(DataScope scope, Integer year, Pageable pageable) {
        Page<DelegateSession> page = sessions.findInScope(scope.likePattern(), year == null ? 1900 : year,
                year == null ? 9999 : year, pageable);
        page.forEach(s -> s.getAttendance().size());
        return page;
    }

    public Page<AttendanceRate> attendanceRates(DataScope scope, int year, Pageable pageable) {
        return sessions.attendanceRates(scope.likePattern(), year, pageable);
    }

    private List<Member> inScope(DataScope scope, Collection<Long> ids) {
        Set<Long> unique = ids == null ? Set.of() : new LinkedHashSet<>(ids);
        return unique.stream().filter(java.util.Objects::nonNull).map(id -> members.get(scope, id)).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
