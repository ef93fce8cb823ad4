package cn.jinan.care.persistence.training;

import cn.jinan.care.persistence.shared.Versions;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.training.StudyKind;
import cn.jinan.care.domain.training.StudyRecord;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.shared.Submissions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Study hours within a data scope. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class StudyService {

    static final String RECORD_TYPE = "STUDY";

    private final StudyRecordRepository records;
    private final MemberService members;
    private final Submissions submissions;
    private final Clock clock;

    @Transactional
    public long log(DataScope scope, UUID token, long memberId, LocalDate date, BigDecimal hours, StudyKind kind,
            String course) {
        Member member = members.get(scope, memberId);
        Optional<Long> earlier = submissions.claim(token, RECORD_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        StudyRecord record = StudyRecord.log(member, date, hours, kind, course, today());
        check(record, null);
        records.save(record);
        submissions.created(token, record.getId());
        return record.getId();
    }

    /**
     * One session, many attendees: a record for each member picked. The form is all or nothing: if any attendee
     * cannot take the hours (a duplicate, or more than 12 hours that day) nothing is saved and each refusal is said.
     */
    @Transactional
    public BatchResult logSession(DataScope scope, UUID token, Collection<Long> memberIds, LocalDate date,
            BigDecimal hours, StudyKind kind, String course) {
        if (memberIds == null || memberIds.isEmpty()) {
            throw DomainException.onField("memberIds", "study.batch.no-attendees");
        }
        // checks the session's own fields once, before any member
        StudyRecord.checkHours(hours);
        List<Member> attendees = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(memberIds)) {
            attendees.add(members.get(scope, id));
        }
        Optional<Long> earlier = submissions.claim(token, RECORD_TYPE + "_BATCH");
        if (earlier.isPresent()) {
            return new BatchResult(0, List.of());
        }
        List<StudyRecord> made = new ArrayList<>();
        List<BatchResult.Refusal> refused = new ArrayList<>();
        for (Member member : attendees) {
            StudyRecord record = StudyRecord.log(member, date, hours, kind, course, today());
            try {
                check(record, null);
                made.add(record);
            } catch (DomainException e) {
                refused.add(new BatchResult.Refusal(member.getId(), member.getName(), e.getMessageKey()));
            }
        }
        if (!refused.isEmpty()) {
            throw new BatchRefusedException(refused);
        }
        records.saveAll(made);
        return new BatchResult(made.size(), List.of());
    }

    /**
     * The hours of an activity's day for one participant (第3、4条: an activity's attendance counts as study), called
     * by the activity register within its own scope check. The member's record of the same day and course, when
     * there is one, already carries the hours: it is returned as found and nothing is added, so the hours count once.
     * A day that would hold more than 12 hours is refused as a form is; the refusal is returned, not thrown, so that
     * the caller's transaction goes on with the other participants.
     */
    @Transactional
    public Posted post(Member member, LocalDate date, BigDecimal hours, StudyKind kind, String course) {
        StudyRecord record;
        try {
            record = StudyRecord.log(member, date, hours, kind, course, today());
        } catch (DomainException e) {
            return new Posted(null, false, e.getMessageKey());
        }
        Optional<StudyRecord> same = records.findSame(member.getId(), record.getDate(), record.getCourse());
        if (same.isPresent()) {
            return new Posted(same.get(), false, null);
        }
        try {
            check(record, null);
        } catch (DomainException e) {
            return new Posted(null, false, e.getMessageKey());
        }
        return new Posted(records.save(record), true, null);
    }

    /**
     * What posting an activity's day did for a participant: a record made ({@code created}), found already there, or
     * refused with a message key ({@code record} null).
     */
    public record Posted(StudyRecord record, boolean created, String refusal) {
    }

    @Transactional
    public StudyRecord change(DataScope scope, long id, long expectedVersion, LocalDate date, BigDecimal hours,
            StudyKind kind, String course) {
        StudyRecord record = get(scope, id);
        Versions.require(record, expectedVersion);
        // checked as a new record before the stored one changes: the check's queries flush a changed record, and a
        // duplicate would then fail on the unique key instead of being refused on the course field
        check(StudyRecord.log(record.getMember(), date, hours, kind, course, today()), id);
        record.change(date, hours, kind, course, today());
        return record;
    }

    private void check(StudyRecord record, Long exceptId) {
        long memberId = record.getMember().getId();
        if (records.duplicate(memberId, record.getDate(), record.getCourse(), exceptId)) {
            throw DomainException.onField("course", "study.duplicate");
        }
        BigDecimal day = records.hoursOnDay(memberId, record.getDate(), exceptId).add(record.getHours());
        if (day.compareTo(BigDecimal.valueOf(StudyRecord.MAX_HOURS_A_DAY)) > 0) {
            throw DomainException.onField("hours", "study.hours.day-full", StudyRecord.MAX_HOURS_A_DAY);
        }
    }

    public StudyRecord get(DataScope scope, long id) {
        return records.findInScope(id, scope.likePattern()).orElseThrow(() -> new NotFoundException("study", id));
    }

    public List<StudyRecord> forMember(DataScope scope, long memberId) {
        members.get(scope, memberId);
        return records.findByMember(memberId);
    }

    public Page<StudyRecord> inScope(DataScope scope, Pageable pageable) {
        return records.findInScope(scope.likePattern(), pageable);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A batch was refused as a whole; each refusal names the attendee and why. */
    public static class BatchRefusedException extends RuntimeException {
        private final transient List<BatchResult.Refusal> refusals;

        public BatchRefusedException(List<BatchResult.Refusal> refusals) {
            super(refusals.size() + " attendees refused");
            this.refusals = refusals;
        }

        public List<BatchResult.Refusal> refusals() {
            return refusals;
        }
    }
}
