package cn.jinan.care.persistence.recuperation;

import cn.jinan.care.persistence.shared.Versions;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.policy.Parameters;
import cn.jinan.care.domain.recuperation.HolidayCalendar;
import cn.jinan.care.domain.recuperation.Recuperation;
import cn.jinan.care.domain.recuperation.RecuperationDetails;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.shared.Submissions;
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
 * Recuperation stays within a data scope, each counted in working days on the holiday calendar with the limits in
 * force on its first day (第21条).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class RecuperationService {

    /** The record type of form tokens. */
    public static final String RECORD_TYPE = "RECUPERATION";

    private final RecuperationRepository recuperations;
    private final MemberService members;
    private final HolidayCalendarService calendar;
    private final Parameters parameters;
    private final Submissions submissions;

    /**
     * Logs a stay of a member in scope. A resubmitted form (same token) creates nothing and returns the id of the stay
     * the first submit created.
     */
    @Transactional
    public long log(DataScope scope, UUID token, long memberId, RecuperationDetails details) {
        Member member = members.get(scope, memberId);
        Optional<Long> earlier = submissions.claim(token, RECORD_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Recuperation recuperation = recuperations.save(
                Recuperation.log(member, details, calendarFor(details), parameters));
        submissions.created(token, recuperation.getId());
        return recuperation.getId();
    }

    @Transactional
    public Recuperation change(DataScope scope, long id, long expectedVersion, RecuperationDetails details) {
        Recuperation recuperation = get(scope, id);
        Versions.require(recuperation, expectedVersion);
        recuperation.change(details, calendarFor(details), parameters);
        return recuperation;
    }

    public Recuperation get(DataScope scope, long id) {
        return recuperations.findInScope(id, scope.likePattern())
                .orElseThrow(() -> new NotFoundException("recuperation", id));
    }

    /** Stays in scope that start in the year, newest first. */
    public Page<Recuperation> inScope(DataScope scope, int year, Pageable pageable) {
        return recuperations.findInScope(scope.likePattern(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1),
                pageable);
    }

    public List<Recuperation> forMember(DataScope scope, long memberId) {
        members.get(scope, memberId);
        return recuperations.findByMember(memberId);
    }

    private HolidayCalendar calendarFor(RecuperationDetails details) {
        if (details.startDate() == null || details.endDate() == null) {
            return HolidayCalendar.of(List.of());
        }
        return calendar.forRange(details.startDate(), details.endDate());
    }
}
