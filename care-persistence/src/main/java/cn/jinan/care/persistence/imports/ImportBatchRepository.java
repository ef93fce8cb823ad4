package cn.jinan.care.persistence.imports;

import cn.jinan.care.domain.imports.ImportBatch;
import cn.jinan.care.domain.imports.ImportKind;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

    String OWNED = "select b from ImportBatch b join fetch b.organization o where b.id = :id and b.kind = :kind"
            + " and b.createdBy = :user and o.path like :pathPattern";

    /** The user's own batch, made in their scope. */
    @Query(OWNED)
    Optional<ImportBatch> findOwned(@Param("id") long id, @Param("kind") ImportKind kind, @Param("user") String user,
            @Param("pathPattern") String pathPattern);

    /** As {@link #findOwned}, locked until the transaction ends: two commits of one batch run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(OWNED)
    Optional<ImportBatch> lockOwned(@Param("id") long id, @Param("kind") ImportKind kind, @Param("user") String user,
            @Param("pathPattern") String pathPattern);

    /** The committed batches of the scope, and the user's own waiting ones; newest first. */
    @Query(value = "select new cn.jinan.care.persistence.imports.BatchSummary(b.id, b.kind, b.status, b.fileName,"
            + " o.name, b.createdAt, b.createdBy, b.committedAt, b.rowCount, b.newCount, b.updatedCount,"
            + " b.unchangedCount, b.errorCount) from ImportBatch b join b.organization o"
            + " where o.path like :pathPattern and (b.status = cn.jinan.care.domain.imports.ImportStatus.COMMITTED"
            + " or b.createdBy = :user) order by b.createdAt desc, b.id desc",
            countQuery = "select count(b) from ImportBatch b join b.organization o where o.path like :pathPattern"
                    + " and (b.status = cn.jinan.care.domain.imports.ImportStatus.COMMITTED or b.createdBy = :user)")
    Page<BatchSummary> findRecent(@Param("pathPattern") String pathPattern, @Param("user") String user,
            Pageable pageable);

    @Modifying
    @Query("delete from ImportBatch b where b.status = cn.jinan.care.domain.imports.ImportStatus.PREVIEWED"
            + " and b.createdAt < :cutoff")
    int deleteWaitingSince(@Param("cutoff") Instant cutoff);
}
