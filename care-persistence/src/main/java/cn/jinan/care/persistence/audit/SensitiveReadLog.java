package cn.jinan.care.persistence.audit;

import cn.jinan.care.domain.audit.SensitiveRead;
import cn.jinan.care.domain.shared.AuditActor;
import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs each read of a sensitive record. The entry is written in its own transaction, so it stays even when the
 * request that read the record fails afterwards.
 */
@Component
@RequiredArgsConstructor
public class SensitiveReadLog {

    private final SensitiveReadRepository reads;
    private final Clock clock;

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void log(String recordType, Long recordId, Long memberId) {
        reads.save(new SensitiveRead(AuditActor.current(), recordType, recordId, memberId, clock.instant()));
    }
}
