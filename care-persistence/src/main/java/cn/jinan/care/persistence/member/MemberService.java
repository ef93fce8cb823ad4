package cn.jinan.care.persistence.member;

import cn.jinan.care.persistence.shared.Versions;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEvent;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.member.MemberProfile;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.audit.SensitiveReadLog;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The roster within a data scope. Every method takes the caller's scope and never reaches outside it. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class MemberService {

    private final MemberRepository members;
    private final MemberEventRepository events;
    private final OrganizationService organizations;
    private final SensitiveReadLog sensitiveReads;
    private final cn.jinan.care.persistence.shared.Submissions submissions;
    private final cn.jinan.care.persistence.obligation.ObligationService obligations;
    private final Clock clock;

    public Page<Member> search(DataScope scope, MemberSearch search, Pageable pageable) {
        String filterPath = null;
        if (search.organizationId() != null) {
            // an organization outside the scope matches nothing: a filter narrows, it never widens
            filterPath = organizations.get(scope, search.organizationId()).getPath();
        }
        return members.findAll(MemberSpecifications.matching(scope, filterPath, search), pageable);
    }

    /** The most members a picker lists; a larger scope picks from the roster instead. */
    public static final int PICKER_LIMIT = 300;

    /**
     * Active members of the scope for a form's member picker, by organization and name; empty when the scope holds
     * more than {@link #PICKER_LIMIT} (a city officer picks from the roster, not from a list of thousands).
     */
    public List<Member> picker(DataScope scope) {
        MemberSearch active = new MemberSearch(null, null, cn.jinan.care.domain.member.MemberStatus.ACTIVE, null,
                null);
        Page<Member> page = members.findAll(MemberSpecifications.matching(scope, null, active),
                org.springframework.data.domain.PageRequest.of(0, PICKER_LIMIT,
                        org.springframework.data.domain.Sort.by("organization.code", "name", "id")));
        return page.getTotalElements() > PICKER_LIMIT ? List.of() : page.getContent();
    }

    /** The member with this id if their organization lies in the scope; otherwise not found. */
    public Member get(DataScope scope, long id) {
        return members.findInScope(id, scope.likePattern()).orElseThrow(() -> new NotFoundException("member", id));
    }

    public List<MemberEvent> events(DataScope scope, long memberId) {
        get(scope, memberId);
        return events.findByMemberIdOrderByEventDateDescIdDesc(memberId);
    }

    /** The full identity number; the read is logged as a sensitive read. */
    @Transactional
    public String revealIdNumber(DataScope scope, long memberId) {
        Member member = get(scope, memberId);
        sensitiveReads.log("ID_NUMBER", member.getId(), member.getId());
        return member.getIdNumber().value();
    }

    @Transactional
    public Member create(DataScope scope, long organizationId, MemberProfile profile) {
        Organization org = organizations.get(scope, organizationId);
        requireUniqueIdNumber(profile, null);
        Member member = Member.create(org, profile, today());
        return members.save(member);
    }

    @Transactional
    public Member update(DataScope scope, long id, long expectedVersion, long organizationId, MemberProfile profile) {
        Member member = get(scope, id);
        Versions.require(member, expectedVersion);
        requireUniqueIdNumber(profile, member.getId());
        if (!member.getOrganization().getId().equals(organizationId)) {
            member.moveTo(organizations.get(scope, organizationId));
        }
        member.update(profile, today());
        return member;
    }

    @Transactional
    public MemberEvent recordEvent(DataScope scope, long memberId, MemberEventKind kind, LocalDate date, String note) {
        return recordEvent(scope, null, memberId, kind, date, note);
    }

    /** Records an event once per form token: a resubmitted form records nothing more. */
    @Transactional
    public MemberEvent recordEvent(DataScope scope, java.util.UUID token, long memberId, MemberEventKind kind,
            LocalDate date, String note) {
        Member member = get(scope, memberId);
        java.util.Optional<Long> earlier = submissions.claim(token, "EVENT");
        if (earlier.isPresent()) {
            return events.findById(earlier.get()).orElse(null);
        }
        MemberEvent event = events.save(member.record(kind, date, note, today()));
        submissions.created(token, event.getId());
        obligations.onEvent(event);
        return event;
    }

    private void requireUniqueIdNumber(MemberProfile profile, Long ownId) {
        if (profile.idNumber() == null) {
            return;
        }
        members.findByIdNumber(profile.idNumber())
                .filter(existing -> !existing.getId().equals(ownId))
                .ifPresent(existing -> {
                    throw DomainException.onField("idNumber", "member.id-number.taken");
                });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
