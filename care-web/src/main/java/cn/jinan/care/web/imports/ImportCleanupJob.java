package cn.jinan.care.web.imports;

import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.persistence.imports.ImportBatchService;
import java.time.Clock;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes uploaded files nobody confirmed within a day ({@link ImportBatchService#KEPT_FOR}): they hold identity
 * numbers and should not linger. Committed batches stay (without their file) as the record of the import. One
 * instance runs it per schedule (the delete would be idempotent anyway).
 */
@Component
@RequiredArgsConstructor
class ImportCleanupJob {

    private static final Logger log = LoggerFactory.getLogger(ImportCleanupJob.class);

    private final ImportBatchService batches;
    private final Clock clock;

    @Scheduled(cron = "${care.imports.cleanup-cron:0 20 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "import-cleanup", lockAtMostFor = "30m", lockAtLeastFor = "1m")
    void deleteExpired() {
        log.debug("import-cleanup runs");
        AuditActor.runAs(AuditActor.SYSTEM, () -> {
            int deleted = batches.deleteWaitingSince(clock.instant().minus(ImportBatchService.KEPT_FOR));
            if (deleted > 0) {
                log.info("imports: {} unconfirmed uploads older than a day deleted", deleted);
            }
        });
    }
}
