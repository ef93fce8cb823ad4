package cn.jinan.care.persistence.hardship;

import cn.jinan.care.persistence.shared.Versions;
import cn.jinan.care.domain.hardship.HardshipDetails;
import cn.jinan.care.domain.hardship.HardshipRecord;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.audit.SensitiveReadLog;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.shared.Submissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The hardship register (第27条) within a data scope. Showing a record's detail is a logged read. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class HardshipService {

    public static final String SENSITIVE_TYPE = "HARDSHIP";
    static final String SUBMISSION_TYPE = "HARDSHIP";
    private static final int OVERDUE_LIMIT = 200;

    private final HardshipRecordRepository records;
    private final MemberService members;
    private final SensitiveReadLog sensitiveReads;
    private final Submissions submissions;
    private final Clock clock;

    /**
     * Puts a member in scope on the register. A member already on it (an open record) cannot be registered again. A
     * resubmitted form (same token) creates nothing and returns the record the first submit created.
     */
    @Transactional
    public long register(DataScope scope, UUID token, long memberId, HardshipDetails details) {
        Member member = members.get(scope, memberId);
        Optional<Long> earlier = submissions.claim(token, SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (records.existsByMemberIdAndClosedOnIsNull(memberId)) {
            throw DomainException.onField("memberId", "hardship.already-open");
        }
        HardshipRecord record = records.save(HardshipRecord.register(member, details, today()));
        submissions.created(token, record.getId());
        return record.getId();
    }

    @Transactional
    public HardshipRecord change(DataScope scope, long id, long expectedVersion, HardshipDetails details) {
        HardshipRecord record = current(scope, id, expectedVersion);
        record.change(details, today());
        return record;
    }

    @Transactional
    public HardshipRecord review(DataScope scope, long id, long expectedVersion, LocalDate next, String note) {
        HardshipRecord record = current(scope, id, expectedVersion);
        record.review(next, note, today());
        return record;
    }

    @Transactional
    public HardshipRecord close(DataScope scope, long id, long expectedVersion, LocalDate on, String reason) {
        HardshipRecord record = current(scope, id, expectedVersion);
        record.close(on, reason, today());
        return record;
    }

    /** The record without a logged read: for lists, forms and checks that do not show its contents. */
    public HardshipRecord get(DataScope scope, long id) {
        return records.findInScope(id, scope.likePattern())
                .orElseThrow(() -> new NotFoundException("hardship record", id));
    }

    /** The record to be shown with its situation and needs: the read is logged. */
    @Transactional
    public HardshipRecord read(DataScope scope, long id) {
        HardshipRecord record = get(scope, id);
        sensitiveReads.log(SENSITIVE_TYPE, record.getId(), record.getMember().getId());
        return record;
    }

    public Page<HardshipRecord> inScope(DataScope scope, HardshipFilter filter, Pageable pageable) {
        return records.findInScope(scope.likePattern(), filter.state().name(), filter.from(), filter.to(),
                pageable);
    }

    /** A page of the list for an export that includes situation and needs: each record's read is logged. */
    @Transactional
    public Page<HardshipRecord> exportPage(DataScope scope, HardshipFilter filter, Pageable pageable) {
        Page<HardshipRecord> page = inScope(scope, filter, pageable);
        page.forEach(r -> sensitiveReads.log(SENSITIVE_TYPE, r.getId(), r.getMember().getId()));
        return page;
    }

    /** Open records whose review date has passed, the longest overdue first. */
    public List<HardshipRecord> overdueReviews(DataScope scope) {
        return records.findOverdueReviews(scope.likePattern(), today(), PageRequest.of(0, OVERDUE_LIMIT));
    }

    public List<HardshipRecord> forMember(DataScope scope, long memberId) {
        members.get(scope, memberId);
        return records.findByMember(memberId);
    }

    private HardshipRecord current(DataScope scope, long id, long expectedVersion) {
        HardshipRecord record = get(scope, id);
        Versions.require(record, expectedVersion);
        return record;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
