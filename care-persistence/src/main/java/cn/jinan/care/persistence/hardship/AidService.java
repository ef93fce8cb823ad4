package cn.jinan.care.persistence.hardship;

import cn.jinan.care.persistence.shared.Versions;
import cn.jinan.care.domain.hardship.AidApplication;
import cn.jinan.care.domain.hardship.HardshipAid;
import cn.jinan.care.domain.hardship.HardshipRecord;
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

/**
 * Hardship aid (帮扶, 第27条) within a data scope: each step on the aid the user saw (its version), in the order the
 * aid itself enforces.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class AidService {

    static final String SUBMISSION_TYPE = "HARDSHIP_AID";

    private final HardshipAidRepository aids;
    private final HardshipService hardship;
    private final Submissions submissions;
    private final Clock clock;

    /** Applies for aid to the member of an open record in scope; a resubmitted form creates nothing more. */
    @Transactional
    public long apply(DataScope scope, UUID token, long recordId, AidApplication application) {
        HardshipRecord record = hardship.get(scope, recordId);
        Optional<Long> earlier = submissions.claim(token, SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        HardshipAid aid = aids.save(HardshipAid.apply(record, application, today()));
        submissions.created(token, aid.getId());
        return aid.getId();
    }

    @Transactional
    public HardshipAid approve(DataScope scope, long id, long expectedVersion, String approvedBy, LocalDate on) {
        HardshipAid aid = current(scope, id, expectedVersion);
        aid.approve(approvedBy, on, today());
        return aid;
    }

    @Transactional
    public HardshipAid publicize(DataScope scope, long id, long expectedVersion, LocalDate start, LocalDate end) {
        HardshipAid aid = current(scope, id, expectedVersion);
        aid.publicize(start, end, today());
        return aid;
    }

    @Transactional
    public HardshipAid pay(DataScope scope, long id, long expectedVersion, LocalDate on) {
        HardshipAid aid = current(scope, id, expectedVersion);
        aid.pay(on, today());
        return aid;
    }

    @Transactional
    public HardshipAid reject(DataScope scope, long id, long expectedVersion, String reason) {
        HardshipAid aid = current(scope, id, expectedVersion);
        aid.reject(reason, today());
        return aid;
    }

    public HardshipAid get(DataScope scope, long id) {
        return aids.findInScope(id, scope.likePattern()).orElseThrow(() -> new NotFoundException("hardship aid", id));
    }

    /** The aid given or asked for on a record in scope, newest first. */
    public List<HardshipAid> forRecord(DataScope scope, long recordId) {
        hardship.get(scope, recordId);
        return aids.findByRecord(recordId);
    }

    /** Aid applied for in a year in the scope, newest first. */
    public Page<HardshipAid> inScope(DataScope scope, int year, Pageable pageable) {
        return aids.findInScope(scope.likePattern(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), pageable);
    }

    private HardshipAid current(DataScope scope, long id, long expectedVersion) {
        HardshipAid aid = get(scope, id);
        Versions.require(aid, expectedVersion);
        return aid;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
