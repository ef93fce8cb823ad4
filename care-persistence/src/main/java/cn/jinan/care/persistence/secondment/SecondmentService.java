package cn.jinan.care.persistence.secondment;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.secondment.Secondment;
import cn.jinan.care.domain.secondment.SecondmentDetails;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.organization.OrganizationService;
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
 * The secondment register (调、挂、派, 第12条) within a data scope. The units a secondment runs between are text, or
 * organizations picked from the user's part of the tree. A member holds one secondment at a time: an overlapping
 * period is refused on its start date (the database's exclusion constraint stands behind it).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class SecondmentService {

    static final String SUBMISSION_TYPE = "SECONDMENT";

    private final SecondmentRepository secondments;
    private final MemberService members;
    private final OrganizationService organizations;
    private final Submissions submissions;
    private final Clock clock;

    /** Records a member's secondment; a resubmitted form (same token) records nothing more. */
    @Transactional
    public long record(DataScope scope, UUID token, long memberId, Long fromOrganizationId, Long toOrganizationId,
            SecondmentDetails details) {
        Member member = members.get(scope, memberId);
        Organization from = organization(scope, fromOrganizationId);
        Organization to = organization(scope, toOrganizationId);
        Optional<Long> earlier = submissions.claim(token, SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Secondment secondment = Secondment.of(member, from, to, details, today());
        secondment.requireNoOverlap(secondments.findByMember(memberId));
        secondments.saveAndFlush(secondment);
        submissions.created(token, secondment.getId());
        return secondment.getId();
    }

    @Transactional
    public Secondment change(DataScope scope, long id, long expectedVersion, Long fromOrganizationId,
            Long toOrganizationId, SecondmentDetails details) {
        Secondment secondment = get(scope, id);
        Versions.require(secondment, expectedVersion);
        // read before the change: a query after it would flush the changed period into the exclusion constraint
        List<Secondment> ofMember = secondments.findByMember(secondment.getMember().getId());
        secondment.change(organization(scope, fromOrganizationId), organization(scope, toOrganizationId), details,
                today());
        secondment.requireNoOverlap(ofMember);
        secondments.flush();
        return secondment;
    }

    public Secondment get(DataScope scope, long id) {
        return secondments.findInScope(id, scope.likePattern())
                .orElseThrow(() -> new NotFoundException("secondment", id));
    }

    /** The list, paged in SQL. */
    public Page<Secondment> inScope(DataScope scope, SecondmentFilter filter, Pageable pageable) {
        LocalDate[] b = filter.bounds(today());
        return secondments.findInScope(scope.likePattern(), filter.kinds(), b[0], b[1], b[2], b[3],
                SecondmentFilter.LAST, pageable);
    }

    public List<Secondment> forMember(DataScope scope, long memberId) {
        members.get(scope, memberId);
        return secondments.findByMember(memberId);
    }

    private Organization organization(DataScope scope, Long id) {
        return id == null ? null : organizations.get(scope, id);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
