package cn.jinan.care.persistence.suggestion;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.suggestion.Suggestion;
import cn.jinan.care.domain.suggestion.SuggestionDetails;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.shared.Submissions;
import cn.jinan.care.persistence.shared.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suggestion register (意见建议, 第6条 "三会三制") within a data scope: received by an organization in scope, from a
 * member in scope, the masses or anonymously; handled step by step through to 落实.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class SuggestionService {

    static final String SUBMISSION_TYPE = "SUGGESTION";

    private final SuggestionRepository suggestions;
    private final MemberService members;
    private final OrganizationService organizations;
    private final Submissions submissions;
    private final Clock clock;

    /** Records a received suggestion; a resubmitted form (same token) records nothing more. */
    @Transactional
    public long receive(DataScope scope, UUID token, long organizationId, Long memberId, SuggestionDetails details) {
        Organization organization = organizations.get(scope, organizationId);
        Member member = memberId == null ? null : members.get(scope, memberId);
        Optional<Long> earlier = submissions.claim(token, SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Suggestion suggestion = suggestions.save(Suggestion.receive(organization, member, details, today()));
        submissions.created(token, suggestion.getId());
        return suggestion.getId();
    }

    @Transactional
    public Suggestion change(DataScope scope, long id, long expectedVersion, Long memberId,
            SuggestionDetails details) {
        Suggestion suggestion = get(scope, id);
        Versions.require(suggestion, expectedVersion);
        suggestion.change(memberId == null ? null : members.get(scope, memberId), details, today());
        return suggestion;
    }

    /** One step of the handling, on the version the user saw. */
    @Transactional
    public Suggestion step(DataScope scope, long id, long expectedVersion, SuggestionStep step) {
        Suggestion s = get(scope, id);
        Versions.require(s, expectedVersion);
        LocalDate today = today();
        switch (step.kind()) {
            case ASSIGN -> s.assign(step.handlingSystem(), step.owner(), step.promisedBy(), step.date(), today);
            case START -> s.start(step.date(), today);
            case REPLY -> s.reply(step.date(), step.text(), today);
            case IMPLEMENT -> s.implement(step.date(), today);
            case NOT_ADOPT -> s.notAdopt(step.text(), step.date(), today);
        }
        return s;
    }

    public Suggestion get(DataScope scope, long id) {
        return suggestions.findInScope(id, scope.likePattern())
                .orElseThrow(() -> new NotFoundException("suggestion", id));
    }

    /** The list, paged in SQL. */
    public Page<Suggestion> inScope(DataScope scope, SuggestionFilter filter, Pageable pageable) {
        return suggestions.findInScope(scope.likePattern(), filter.statuses(), filter.channels(), filter.fromYear(),
                filter.toYear(), filter.overdue(), today(), pageable);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
