package cn.jinan.care.persistence.visit;

import cn.jinan.care.persistence.shared.Versions;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.visit.Visit;
import cn.jinan.care.domain.visit.VisitDetails;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.obligation.FulfillingRecord;
import cn.jinan.care.persistence.obligation.Logged;
import cn.jinan.care.persistence.obligation.ObligationService;
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
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Visits within a data scope. Logging one fulfils the obligation it answers, in the same transaction. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class VisitService {

    private final VisitRepository visits;
    private final MemberService members;
    private final ObligationService obligations;
    private final Submissions submissions;
    private final Clock clock;

    @Transactional
    public Logged log(DataScope scope, UUID token, long memberId, VisitDetails details) {
        Member member = members.get(scope, memberId);
        Optional<Long> earlier = submissions.claim(token, FulfillingRecord.VISIT);
        if (earlier.isPresent()) {
            return new Logged(earlier.get(), Optional.empty());
        }
        Visit visit = visits.save(Visit.log(member, details, today()));
        submissions.created(token, visit.getId());
        return new Logged(visit.getId(), obligations.onRecord(asRecord(visit)));
    }

    @Transactional
    public Visit change(DataScope scope, long id, long expectedVersion, VisitDetails details) {
        Visit visit = get(scope, id);
        Versions.require(visit, expectedVersion);
        visit.change(details, today());
        obligations.onRecordChanged(FulfillingRecord.VISIT, id, Optional.of(asRecord(visit)));
        return visit;
    }

    public Visit get(DataScope scope, long id) {
        return visits.findInScope(id, scope.likePattern()).orElseThrow(() -> new NotFoundException("visit", id));
    }

    public List<Visit> forMember(DataScope scope, long memberId) {
        members.get(scope, memberId);
        return visits.findByMember(memberId);
    }

    public Page<Visit> inScope(DataScope scope, Pageable pageable) {
        return visits.findInScope(scope.likePattern(), pageable);
    }

    private static FulfillingRecord asRecord(Visit visit) {
        return new FulfillingRecord(FulfillingRecord.VISIT, visit.getId(), visit.getMember(),
                visit.fulfils().orElse(null), visit.getDate());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
