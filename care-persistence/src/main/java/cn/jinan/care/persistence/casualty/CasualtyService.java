package cn.jinan.care.persistence.casualty;

import cn.jinan.care.domain.casualty.CasualtyCase;
import cn.jinan.care.domain.casualty.CasualtyDetails;
import cn.jinan.care.domain.casualty.CasualtyFamilyMember;
import cn.jinan.care.domain.casualty.CasualtyFollowUp;
import cn.jinan.care.domain.casualty.CasualtyKind;
import cn.jinan.care.domain.casualty.FamilyMemberDetails;
import cn.jinan.care.domain.casualty.FollowUpDetails;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEvent;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.member.MemberStatus;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.policy.PolicyEngine;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.visit.Visit;
import cn.jinan.care.domain.visit.VisitKind;
import cn.jinan.care.persistence.audit.SensitiveReadLog;
import cn.jinan.care.persistence.member.MemberEventRepository;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.obligation.FulfillingRecord;
import cn.jinan.care.persistence.obligation.Logged;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.policy.ParameterService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.shared.Submissions;
import cn.jinan.care.persistence.shared.Versions;
import cn.jinan.care.persistence.visit.VisitService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The on-duty casualty register (第28条) within a data scope. Opening the case of a death on duty opens the family's
 * first follow-up (R28-FAMILY-FOLLOW-UP, due one period after the death); each follow-up logged here, like each
 * visit of kind {@link VisitKind#CASUALTY_FAMILY} logged in the visit log, fulfils the open one and asks for the next
 * — one chain per member, kept by {@link ObligationService}; closing the case waives the open one with the reason.
 * Showing a case's detail (family, follow-ups) is a logged read.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class CasualtyService {

    public static final String SENSITIVE_TYPE = "CASUALTY";
    static final String SUBMISSION_TYPE = "CASUALTY_CASE";
    static final String FAMILY_SUBMISSION_TYPE = "CASUALTY_FAMILY";
    private static final int OVERDUE_LIMIT = 200;

    private final CasualtyCaseRepository cases;
    private final CasualtyFamilyMemberRepository family;
    private final CasualtyFollowUpRepository followUps;
    private final MemberService members;
    private final MemberEventRepository events;
    private final OrganizationService organizations;
    private final ObligationService obligations;
    private final VisitService visits;
    private final PolicyEngine engine;
    private final ParameterService parameters;
    private final SensitiveReadLog sensitiveReads;
    private final Submissions submissions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    /**
     * Opens the case of a member in scope. For a death on duty of a member whose death is not recorded yet, the death
     * is recorded first, as a member event (so the condolence falls due and what was owed to the member is waived, as
     * for any death). A member with an open case cannot get a second one; a resubmitted form creates nothing more.
     */
    @Transactional
    public long open(DataScope scope, UUID token, long memberId, CasualtyDetails details) {
        Member member = members.get(scope, memberId);
        Optional<Long> earlier = submissions.claim(token, SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (cases.existsByMemberIdAndClosedOnIsNull(memberId)) {
            throw DomainException.onField("memberId", "casualty.already-open");
        }
        if (details.kind() == CasualtyKind.DIED_ON_DUTY && member.getStatus() != MemberStatus.DECEASED) {
            recordDeath(scope, member, details);
        }
        CasualtyCase opened = cases.save(CasualtyCase.open(member, details, today()));
        submissions.created(token, opened.getId());
        if (opened.getKind().familyFollowedUp()) {
            // 第28条: 定期跟踪走访 — the first follow-up is due one period after the death
            MemberEvent death = deathOf(member);
            obligations.open(member, death, opened.getEventDate(),
                    engine.familyFollowUps().first(opened.getEventDate(), parameters));
        }
        return opened.getId();
    }

    @Transactional
    public CasualtyCase change(DataScope scope, long id, long expectedVersion, CasualtyDetails details) {
        CasualtyCase c = current(scope, id, expectedVersion);
        c.change(details, today());
        return c;
    }

    /** Closes the case; the family's open follow-up is waived with the reason. */
    @Transactional
    public CasualtyCase close(DataScope scope, long id, long expectedVersion, LocalDate on, String reason) {
        CasualtyCase c = current(scope, id, expectedVersion);
        c.close(on, reason, today());
        if (c.getKind().familyFollowedUp()) {
            obligations.waiveOpen(c.getMember(), RuleCode.R28_FAMILY_FOLLOW_UP,
                    "因公殉职牺牲党员家庭档案已关闭（" + c.getClosedOn() + "）：" + c.getCloseReason());
        }
        return c;
    }

    /** The case without a logged read: for lists, forms and checks that do not show the family's situation. */
    public CasualtyCase get(DataScope scope, long id) {
        return cases.findInScope(id, scope.likePattern()).orElseThrow(() -> new NotFoundException("casualty case", id));
    }

    /** The case to be shown with its family and follow-ups: the read is logged. */
    @Transactional
    public CasualtyCase read(DataScope scope, long id) {
        CasualtyCase c = get(scope, id);
        sensitiveReads.log(SENSITIVE_TYPE, c.getId(), c.getMember().getId());
        return c;
    }

    /** Cases in the scope (narrowed to an organization's subtree inside it, if the filter names one), paged. */
    public Page<CasualtyCase> inScope(DataScope scope, CasualtyFilter filter, Pageable pageable) {
        String pattern = filter.organizationId() == null ? scope.likePattern()
                : DataScope.of(organizations.get(scope, filter.organizationId())).likePattern();
        return cases.findInScope(pattern, filter.kind() == null ? "ALL" : "ONE",
                filter.kind() == null ? CasualtyKind.DIED_ON_DUTY : filter.kind(), filter.state().name(),
                filter.from(), filter.to(), filter.overdueOnly(), today(), pageable);
    }

    /** Open cases whose family follow-up is past due, the longest overdue first. */
    public List<CasualtyCase> overdue(DataScope scope) {
        return cases.findOverdue(scope.likePattern(), today(), PageRequest.of(0, OVERDUE_LIMIT));
    }

    /** The open family follow-up of each case's member, by member id (cases of a death on duty only have one). */
    public Map<Long, Obligation> nextFollowUps(List<CasualtyCase> shown) {
        if (shown.isEmpty()) {
            return Map.of();
        }
        return cases.findOpenFollowUps(shown.stream().map(c -> c.getMember().getId()).toList()).stream()
                .collect(Collectors.toMap(o -> o.getMember().getId(), Function.identity(), (a, b) -> a));
    }

    /** The family follow-ups owed for the case's member, newest first. The caller has read the case. */
    public List<Obligation> followUpObligations(CasualtyCase c) {
        return cases.findFollowUpObligations(c.getMember().getId());
    }

    public List<CasualtyCase> forMember(DataScope scope, long memberId) {
        members.get(scope, memberId);
        return cases.findByMember(memberId);
    }

    /** Members a case can be opened for (active or deceased), empty when the scope holds too many to list. */
    public List<Member> picker(DataScope scope) {
        List<Member> found = cases.findPickable(scope.likePattern(), PageRequest.of(0, MemberService.PICKER_LIMIT + 1));
        return found.size() > MemberService.PICKER_LIMIT ? List.of() : found;
    }

    // ---- family members

    /** The family of a case; the caller has read the case through {@link #read}. */
    public List<CasualtyFamilyMember> family(long caseId) {
        return family.findByCase(caseId);
    }

    @Transactional
    public long addFamilyMember(DataScope scope, UUID token, long caseId, FamilyMemberDetails details) {
        CasualtyCase c = get(scope, caseId);
        Optional<Long> earlier = submissions.claim(token, FAMILY_SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CasualtyFamilyMember added = family.save(CasualtyFamilyMember.add(c, details, today()));
        submissions.created(token, added.getId());
        return added.getId();
    }

    /** A family member of a case in scope; the read is logged (the form shows the person's situation). */
    @Transactional
    public CasualtyFamilyMember readFamilyMember(DataScope scope, long caseId, long id) {
        CasualtyFamilyMember f = familyMember(scope, caseId, id);
        sensitiveReads.log(SENSITIVE_TYPE, caseId, f.getCasualtyCase().getMember().getId());
        return f;
    }

    @Transactional
    public CasualtyFamilyMember changeFamilyMember(DataScope scope, long caseId, long id, long expectedVersion,
            FamilyMemberDetails details) {
        CasualtyFamilyMember f = familyMember(scope, caseId, id);
        Versions.require(f, expectedVersion);
        f.change(details, today());
        return f;
    }

    /** Removes a family member entered by mistake; the audit history keeps what was there. */
    @Transactional
    public void removeFamilyMember(DataScope scope, long caseId, long id, long expectedVersion) {
        CasualtyFamilyMember f = familyMember(scope, caseId, id);
        Versions.require(f, expectedVersion);
        if (!f.getCasualtyCase().isOpen()) {
            throw DomainException.of("casualty.closed");
        }
        family.delete(f);
    }

    private CasualtyFamilyMember familyMember(DataScope scope, long caseId, long id) {
        CasualtyCase c = get(scope, caseId);
        return family.findById(id).filter(f -> f.getCasualtyCase().getId().equals(c.getId()))
                .orElseThrow(() -> new NotFoundException("casualty family member", id));
    }

    // ---- follow-ups

    /**
     * Logs a follow-up of an open case. For a death on duty it fulfils the family's open follow-up (and the next one
     * falls due one period after it), unless a visit of the same day already did: then it is the same visit.
     */
    @Transactional
    public Logged logFollowUp(DataScope scope, UUID token, long caseId, FollowUpDetails details) {
        CasualtyCase c = get(scope, caseId);
        CasualtyFollowUp followUp = CasualtyFollowUp.log(c, details, today());
        Optional<Long> earlier = submissions.claim(token, FulfillingRecord.CASUALTY);
        if (earlier.isPresent()) {
            return new Logged(earlier.get(), Optional.empty());
        }
        followUp = followUps.save(followUp);
        submissions.created(token, followUp.getId());
        Optional<Obligation> fulfilled = Optional.empty();
        if (followUp.fulfils().isPresent()) {
            fulfilled = obligations.onRecord(new FulfillingRecord(FulfillingRecord.CASUALTY, followUp.getId(),
                    c.getMember(), followUp.fulfils().get(), followUp.getDate()));
        }
        return new Logged(followUp.getId(), fulfilled);
    }

    /** The register's follow-ups of a case, newest first; the caller has read the case. */
    public List<CasualtyFollowUp> followUps(long caseId) {
        return followUps.findByCase(caseId);
    }

    /** The visits to the casualty's family logged in the visit log; they count as follow-ups too. */
    public List<Visit> familyVisits(DataScope scope, CasualtyCase c) {
        return visits.forMember(scope, c.getMember().getId()).stream()
                .filter(v -> v.getKind() == VisitKind.CASUALTY_FAMILY)
                .sorted(Comparator.comparing(Visit::getDate).reversed())
                .toList();
    }

    /** Ids of the family members a case has had, removed ones included: the history shows them all. */
    public List<Long> familyMemberIdsEver(long caseId) {
        return jdbc.queryForList("select distinct id from casualty_family_member_aud where casualty_case_id = ?"
                + " order by id", Long.class, caseId);
    }

    public List<Long> followUpIds(long caseId) {
        return followUps.findByCase(caseId).stream().map(CasualtyFollowUp::getId).sorted().toList();
    }

    private void recordDeath(DataScope scope, Member member, CasualtyDetails details) {
        if (details.eventDate() == null) {
            throw DomainException.onField("eventDate", "date.required");
        }
        try {
            members.recordEvent(scope, member.getId(), MemberEventKind.DIED, details.eventDate(),
                    details.cause() == null ? "因公殉职" : details.cause() == cn.jinan.care.domain.casualty.DeathCause
                            .SACRIFICE ? "牺牲" : "因公殉职");
        } catch (DomainException e) {
            // the event's date rules speak of "date": on this form that is the date of death
            throw "date".equals(e.getField()) ? DomainException.onField("eventDate", e.getMessageKey(),
                    e.getArguments()) : e;
        }
    }

    private MemberEvent deathOf(Member member) {
        return events.findByMemberIdOrderByEventDateDescIdDesc(member.getId()).stream()
                .filter(e -> e.getKind() == MemberEventKind.DIED).findFirst()
                .orElseThrow(() -> DomainException.onField("eventDate", "casualty.member.not-deceased"));
    }

    private CasualtyCase current(DataScope scope, long id, long expectedVersion) {
        CasualtyCase c = get(scope, id);
        Versions.require(c, expectedVersion);
        return c;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
