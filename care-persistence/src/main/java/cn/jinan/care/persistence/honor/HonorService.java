package cn.jinan.care.persistence.honor;

import cn.jinan.care.domain.honor.Honor;
import cn.jinan.care.domain.honor.HonorDetails;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.sanction.SanctionService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.shared.Submissions;
import cn.jinan.care.persistence.shared.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The honor register (表彰, 第9、10条) within a data scope. A member's honor records the member's "honored" event,
 * which asks for an encouragement talk (R08-TALK-ON-EVENT); a member inside a sanction's impact period on the day of
 * the award is not honored (R20-IMPACT-PERIOD).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class HonorService {

    static final String SUBMISSION_TYPE = "HONOR";

    private final HonorRepository honors;
    private final MemberService members;
    private final OrganizationService organizations;
    private final SanctionService sanctions;
    private final Submissions submissions;
    private final Clock clock;

    /** Records a member's honor; a resubmitted form (same token) records nothing more. */
    @Transactional
    public long recordForMember(DataScope scope, UUID token, long memberId, HonorDetails details) {
        Member member = members.get(scope, memberId);
        Optional<Long> earlier = submissions.claim(token, SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Honor honor = Honor.forMember(member, details, today());
        requireOutsideImpact(scope, memberId, honor.getAwardedOn());
        honors.save(honor);
        // 第8条: 获得功勋荣誉表彰时…谈心谈话，给予鼓励鞭策
        members.recordEvent(scope, memberId, MemberEventKind.HONORED, honor.getAwardedOn(), honor.getTitle());
        submissions.created(token, honor.getId());
        return honor.getId();
    }

    /** Records an honor of an organization in scope. */
    @Transactional
    public long recordForOrganization(DataScope scope, UUID token, long organizationId, HonorDetails details) {
        Organization organization = organizations.get(scope, organizationId);
        Optional<Long> earlier = submissions.claim(token, SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Honor honor = honors.save(Honor.forOrganization(organization, details, today()));
        submissions.created(token, honor.getId());
        return honor.getId();
    }

    @Transactional
    public Honor change(DataScope scope, long id, long expectedVersion, HonorDetails details) {
        Honor honor = get(scope, id);
        Versions.require(honor, expectedVersion);
        honor.change(details, today());
        if (honor.getMember() != null) {
            requireOutsideImpact(scope, honor.getMember().getId(), honor.getAwardedOn());
        }
        return honor;
    }

    public Honor get(DataScope scope, long id) {
        return honors.findInScope(id, scope.likePattern()).orElseThrow(() -> new NotFoundException("honor", id));
    }

    public Page<Honor> inScope(DataScope scope, HonorFilter filter, Pageable pageable) {
        return honors.findInScope(scope.likePattern(), filter.kinds(), filter.fromYear(), filter.toYear(), pageable);
    }

    public List<Honor> forMember(DataScope scope, long memberId) {
        members.get(scope, memberId);
        return honors.findByMember(memberId);
    }

    /** R20-IMPACT-PERIOD: honor lists leave out a member inside a sanction's impact period. */
    private void requireOutsideImpact(DataScope scope, long memberId, LocalDate day) {
        sanctions.impactUntil(scope, memberId, day).ifPresent(until -> {
            throw DomainException.onField("memberId", "honor.member.in-impact", until.toString());
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
