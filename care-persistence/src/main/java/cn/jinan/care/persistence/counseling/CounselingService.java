package cn.jinan.care.persistence.counseling;

import cn.jinan.care.persistence.shared.Versions;
import cn.jinan.care.domain.counseling.CounselingCase;
import cn.jinan.care.domain.counseling.CounselingDetails;
import cn.jinan.care.domain.counseling.CounselingSession;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.user.UserAccount;
import cn.jinan.care.persistence.audit.SensitiveReadLog;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.shared.Submissions;
import cn.jinan.care.persistence.user.UserAccountRepository;
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
 * Counseling cases (第24条), the most restricted data of the product. Out of scope a case does not exist (404). In
 * scope, only a user holding the counseling permission — read from the database on every call, so a revocation takes
 * effect at once — gets the contents, and each such read is logged; anyone else gets the redacted view and may not
 * write.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class CounselingService {

    public static final String SENSITIVE_TYPE = "COUNSELING";
    private static final String CASE_TYPE = "COUNSELING_CASE";
    private static final String SESSION_TYPE = "COUNSELING_SESSION";

    private final CounselingCaseRepository cases;
    private final CounselingSessionRepository sessions;
    private final MemberService members;
    private final UserAccountRepository users;
    private final SensitiveReadLog sensitiveReads;
    private final Submissions submissions;
    private final Clock clock;

    /** Whether the user holds the counseling permission now. */
    public boolean permitted(long userId) {
        return users.findById(userId).map(UserAccount::isCounselingPermission).orElse(false);
    }

    /**
     * The case as this user may see it: its contents (the read logged) with the permission, else the redacted view.
     *
     * @throws NotFoundException when the case does not exist or its member is outside the scope
     */
    @Transactional
    public CounselingView read(DataScope scope, long userId, long id) {
        CounselingCase c = inScope(scope, id);
        if (!permitted(userId)) {
            return CounselingView.redacted(c);
        }
        sensitiveReads.log(SENSITIVE_TYPE, c.getId(), c.getMember().getId());
        return CounselingView.full(c, sessions.findByCase(id));
    }

    /** The case to edit or to show the history of: permission required, the read logged. */
    @Transactional
    public CounselingCase readContents(DataScope scope, long userId, long id) {
        CounselingCase c = withPermission(scope, userId, id, "read");
        sensitiveReads.log(SENSITIVE_TYPE, c.getId(), c.getMember().getId());
        return c;
    }

    /** The cases in scope, newest first: existence, opening date and status only are for everyone in scope. */
    public Page<CounselingView> list(DataScope scope, Pageable pageable) {
        return cases.findInScope(scope.likePattern(), pageable).map(CounselingView::redacted);
    }

    @Transactional
    public long open(DataScope scope, long userId, UUID token, long memberId, CounselingDetails details) {
        requirePermission(userId, "open a case");
        Member member = members.get(scope, memberId);
        CounselingCase c = CounselingCase.open(member, details, today());
        Optional<Long> earlier = submissions.claim(token, CASE_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        c = cases.save(c);
        submissions.created(token, c.getId());
        return c.getId();
    }

    @Transactional
    public void change(DataScope scope, long userId, long id, long expectedVersion, CounselingDetails details) {
        CounselingCase c = withPermission(scope, userId, id, "change a case");
        Versions.require(c, expectedVersion);
        c.change(details, today());
    }

    @Transactional
    public void holdSession(DataScope scope, long userId, UUID token, long id, LocalDate date, String counselor,
            String notes) {
        CounselingCase c = withPermission(scope, userId, id, "log a session");
        CounselingSession session = c.holdSession(date, counselor, notes, today());
        if (submissions.claim(token, SESSION_TYPE).isPresent()) {
            return;
        }
        submissions.created(token, sessions.save(session).getId());
    }

    @Transactional
    public void close(DataScope scope, long userId, long id, LocalDate on) {
        withPermission(scope, userId, id, "close a case").close(on, today());
    }

    private CounselingCase withPermission(DataScope scope, long userId, long id, String what) {
        CounselingCase c = inScope(scope, id);
        requirePermission(userId, what);
        return c;
    }

    private CounselingCase inScope(DataScope scope, long id) {
        return cases.findInScope(id, scope.likePattern()).orElseThrow(() -> new NotFoundException("counseling", id));
    }

    private void requirePermission(long userId, String what) {
        if (!permitted(userId)) {
            throw new CounselingPermissionRequired(what);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
