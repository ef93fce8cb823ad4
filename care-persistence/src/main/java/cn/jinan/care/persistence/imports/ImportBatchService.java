package cn.jinan.care.persistence.imports;

import cn.jinan.care.domain.imports.ImportBatch;
import cn.jinan.care.domain.imports.ImportCounts;
import cn.jinan.care.domain.imports.ImportKind;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded files waiting for confirmation. A batch belongs to the user who uploaded it, inside their scope: anyone
 * else, or the same user with a narrower scope, finds nothing (404). The list of recent imports shows the scope's
 * committed batches to every user of the scope.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ImportBatchService {

    /** How long an unconfirmed batch is kept. */
    public static final Duration KEPT_FOR = Duration.ofDays(1);

    private final ImportBatchRepository batches;
    private final OrganizationService organizations;
    private final Clock clock;

    /** Keeps an uploaded file with what checking it found; returns the batch's id. */
    @Transactional
    public long upload(DataScope scope, ImportKind kind, String fileName, byte[] content, boolean updateExisting,
            ImportCounts counts) {
        ImportBatch batch = ImportBatch.upload(kind, organizations.get(scope, scope.organizationId()), fileName,
                content, updateExisting);
        batch.checked(counts, updateExisting);
        return batches.save(batch).getId();
    }

    /** The user's own batch of this kind, in their scope, with its file. */
    public ImportBatch get(DataScope scope, ImportKind kind, long id) {
        return batches.findOwned(id, kind, AuditActor.current(), scope.likePattern())
                .orElseThrow(() -> new NotFoundException("import batch", id));
    }

    /** Records a new check of a waiting batch (the option to update existing members changed). */
    @Transactional
    public void checked(DataScope scope, ImportKind kind, long id, ImportCounts counts, boolean updateExisting) {
        get(scope, kind, id).checked(counts, updateExisting);
    }

    /**
     * Drops a waiting batch.
     *
     * @throws DomainException {@code imports.batch.committed} for a committed one, which stays as the record
     */
    @Transactional
    public void discard(DataScope scope, ImportKind kind, long id) {
        ImportBatch batch = get(scope, kind, id);
        if (batch.isCommitted()) {
            throw DomainException.of("imports.batch.committed");
        }
        batches.delete(batch);
    }

    public Page<BatchSummary> recent(DataScope scope, Pageable pageable) {
        return batches.findRecent(scope.likePattern(), AuditActor.current(), pageable);
    }

    /** Deletes the batches still waiting that were uploaded before {@code cutoff}; returns how many. */
    @Transactional
    public int deleteWaitingSince(Instant cutoff) {
        return batches.deleteWaitingSince(cutoff);
    }

    /**
     * Writes a locked batch's rows ({@code write}) and marks it committed with its counts, in the caller's
     * transaction.
     *
     * @throws DomainException {@code imports.commit.conflict} when the database refuses a row that the check passed
     *                         (another user wrote the same record in between); the transaction rolls back
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void complete(ImportBatch batch, ImportCounts counts, Runnable write) {
        try {
            write.run();
        } catch (DataIntegrityViolationException e) {
            throw DomainException.of("imports.commit.conflict");
        }
        batch.commit(counts, AuditActor.current(), clock.instant());
    }

    /**
     * The batch, locked for the caller's transaction, so that a second commit waits for the first and then finds it
     * committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    ImportBatch lock(DataScope scope, ImportKind kind, long id) {
        ImportBatch batch = batches.lockOwned(id, kind, AuditActor.current(), scope.likePattern())
                .orElseThrow(() -> new NotFoundException("import batch", id));
        if (batch.isCommitted()) {
            throw DomainException.of("imports.batch.committed");
        }
        return batch;
    }
}
