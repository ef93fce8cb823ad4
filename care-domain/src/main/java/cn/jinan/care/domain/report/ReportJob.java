package cn.jinan.care.domain.report;

import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A yearly report a user asked to export in the background: QUEUED → RUNNING → DONE (with its file) or FAILED (with
 * the reason). Each step checks the one before, so a job never finishes twice or runs after it failed. Progress is
 * the member table's rows written out of its total; it is written often and outside these steps.
 */
@Entity
@Table(name = "report_job")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ReportJob extends BaseEntity {

    /** The longest reason kept for a failure. */
    public static final int MAX_ERROR = 500;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private long requestedBy;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private ReportFormat format;

    /** The language the report is written in (a BCP 47 tag such as {@code zh-CN}). */
    @Column(nullable = false, updatable = false, length = 10)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportJobStatus status;

    @Column(name = "rows_done", nullable = false)
    private long rowsDone;

    @Column(name = "rows_total", nullable = false)
    private long rowsTotal;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(length = MAX_ERROR)
    private String error;

    public static ReportJob queue(long userId, long organizationId, int year, ReportFormat format, String language) {
        ReportJob job = new ReportJob();
        job.requestedBy = userId;
        job.organizationId = organizationId;
        job.year = year;
        job.format = Objects.requireNonNull(format, "format");
        job.language = Objects.requireNonNull(language, "language");
        job.status = ReportJobStatus.QUEUED;
        return job;
    }

    /** A worker took the job; {@code rowsTotal} is the member table's length. */
    public void start(long rowsTotal, Instant now) {
        require(ReportJobStatus.QUEUED);
        this.status = ReportJobStatus.RUNNING;
        this.rowsTotal = rowsTotal;
        this.startedAt = now;
    }

    /** The file is written; {@code fileName} names it in the reports directory. */
    public void finish(String fileName, long fileSize, long rowsDone, Instant now) {
        require(ReportJobStatus.RUNNING);
        this.status = ReportJobStatus.DONE;
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.fileSize = fileSize;
        this.rowsDone = rowsDone;
        this.rowsTotal = Math.max(rowsTotal, rowsDone);
        this.finishedAt = now;
    }

    /** Gives up, from any step but the last, saying why (cut to {@value #MAX_ERROR} characters). */
    public void fail(String reason, Instant now) {
        if (status.finished()) {
            throw DomainException.of("report.job.finished");
        }
        String why = reason == null || reason.isBlank() ? "?" : reason.strip();
        this.status = ReportJobStatus.FAILED;
        this.error = why.length() > MAX_ERROR ? why.substring(0, MAX_ERROR) : why;
        this.finishedAt = now;
    }

    public boolean isDone() {
        return status == ReportJobStatus.DONE;
    }

    private void require(ReportJobStatus expected) {
        if (status != expected) {
            throw DomainException.of("report.job.out-of-order");
        }
    }
}
