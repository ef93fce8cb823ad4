package cn.jinan.care.persistence.sanction;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.sanction.Sanction;
import cn.jinan.care.domain.sanction.SanctionDetails;
import cn.jinan.care.persistence.audit.SensitiveReadLog;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.policy.ParameterService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.shared.Submissions;
import cn.jinan.care.persistence.shared.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
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
 * Sanctions and organizational handling (第18、20条) within a data scope. Recording one records the member's
 * "sanctioned" event, which asks for an education talk (R08-TALK-ON-EVENT); 开除党籍 also takes the member off the
 * roster. Showing a sanction's grounds is a logged read.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class SanctionService {

    public static final String SENSITIVE_TYPE = "SANCTION";
    static final String SUBMISSION_TYPE = "SANCTION";

    private final SanctionRepository sanctions;
    private final MemberService members;
    private final ParameterService parameters;
    private final SensitiveReadLog sensitiveReads;
    private final Submissions submissions;
    private final Clock clock;

    /** Records a decision about a member in scope; a resubmitted form (same token) records nothing more. */
    @Transactional
    public long record(DataScope scope, UUID token, long memberId, SanctionDetails details) {
        Member member = members.get(scope, memberId);
        Optional<Long> earlier = submissions.claim(token, SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Sanction sanction = sanctions.save(Sanction.record(member, details, parameters, today()));
        // 第8条: 党员受到组织处理、纪律处分…应当及时谈话，进行教育帮助
        members.recordEvent(scope, memberId, MemberEventKind.SANCTIONED, sanction.getDecidedOn(),
                sanction.getDocumentNumber());
        if (sanction.getType().endsMembership()) {
            member.expel(sanction.getDecidedOn());
        }
        submissions.created(token, sanction.getId());
        return sanction.getId();
    }

    @Transactional
    public Sanction change(DataScope scope, long id, long expectedVersion, SanctionDetails details) {
        Sanction sanction = get(scope, id);
        Versions.require(sanction, expectedVersion);
        sanction.change(details, parameters, today());
        return sanction;
    }

    /** The record without a logged read: for lists, forms and checks that do not show its grounds. */
    public Sanction get(DataScope scope, long id) {
        return sanctions.findInScope(id, scope.likePattern()).orElseThrow(() -> new NotFoundException("sanction", id));
    }

    /** The record to be shown with its grounds: the read is logged. */
    @Transactional
    public Sanction read(DataScope scope, long id) {
        Sanction sanction = get(scope, id);
        sensitiveReads.log(SENSITIVE_TYPE, sanction.getId(), sanction.getMember().getId());
        return sanction;
    }

    public Page<Sanction> inScope(DataScope scope, SanctionFilter filter, Pageable pageable) {
        return sanctions.findInScope(scope.likePattern(), filter.from(), filter.to(), filter.inImpactOnly(), today(),
                pageable);
    }

    /** A page of the list for an export that includes the grounds: each record's read is logged. */
    @Transactional
    public Page<Sanction> exportPage(DataScope scope, SanctionFilter filter, Pageable pageable) {
        Page<Sanction> page = inScope(scope, filter, pageable);
        page.forEach(s -> sensitiveReads.log(SENSITIVE_TYPE, s.getId(), s.getMember().getId()));
        return page;
    }

    public List<Sanction> forMember(DataScope scope, long memberId) {
        members.get(scope, memberId);
        return sanctions.findByMember(memberId);
    }

    /** R20-IMPACT-PERIOD: the last day of the impact period a member in scope is inside on {@code day}, if any. */
    public Optional<LocalDate> impactUntil(DataScope scope, long memberId, LocalDate day) {
        members.get(scope, memberId);
        return Optional.ofNullable(sanctions.impactUntil(memberId, day));
    }

    /** Of these members, those inside an impact period on {@code day} (to keep them off honor lists). */
    public Set<Long> inImpact(Collection<Long> memberIds, LocalDate day) {
        return memberIds.isEmpty() ? Set.of() : new HashSet<>(sanctions.inImpact(memberIds, day));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
