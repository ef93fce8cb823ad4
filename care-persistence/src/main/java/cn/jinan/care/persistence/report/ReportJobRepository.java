package cn.jinan.care.persistence.report;

import cn.jinan.care.domain.report.ReportJob;
import cn.jinan.care.domain.report.ReportJobStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportJobRepository extends JpaRepository<ReportJob, Long> {

    @Query("select j from ReportJob j where j.requestedBy = :userId order by j.createdAt desc, j.id desc")
    List<ReportJob> findMine(@Param("userId") long userId, Pageable pageable);

    @Query("select j from ReportJob j where j.id = :id and j.requestedBy = :userId")
    Optional<ReportJob> findMine(@Param("id") long id, @Param("userId") long userId);

    @Query("select j from ReportJob j where j.requestedBy = :userId and j.id in :ids")
    List<ReportJob> findMine(@Param("userId") long userId, @Param("ids") Collection<Long> ids);

    List<ReportJob> findByStatusIn(Collection<ReportJobStatus> statuses);

    List<ReportJob> findByCreatedAtBefore(Instant before);

    /** Progress is written often from the worker: a plain update, not a step of the job (no version check). */
    @Modifying
    @Query("update ReportJob j set j.rowsDone = :rows where j.id = :id and j.status = cn.jinan.care.domain.report.ReportJobStatus.RUNNING")
    int progress(@Param("id") long id, @Param("rows") long rows);
}
