package cn.jinan.care.persistence.report;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.report.ReportFormat;
import cn.jinan.care.domain.report.ReportJob;
import cn.jinan.care.domain.report.ReportJobStatus;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.compliance.ComplianceService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The background exports of yearly reports. A job is asked for within the user's scope (the organization fetched in
 * it, so one outside is a 404) for a year the compliance summaries hold; a user sees and downloads only their own jobs,
 * anyone else's is not found. The worker's steps each run in their own transaction, so the page sees them at once.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ReportJobService {

    /** How many of a user's jobs the page lists. */
    public static final int LISTED = 20;

    private final ReportJobRepository jobs;
    private final OrganizationService organizations;
    private final ComplianceService compliance;
    private final Clock clock;

    /** Queues a report of an organization's subtree for a year; the year must be summarized. */
    @Transactional
    public ReportJob queue(long userId, DataScope scope, long organizationId, int year, ReportFormat format,
            String language) {
        Organization org = organizations.get(scope, organizationId);
        requireBuilt(year);
        return jobs.save(ReportJob.queue(userId, org.getId(), year, format, language));
    }

    /** Refuses a year the compliance summaries do not hold (the report would be empty, not true). */
    public void requireBuilt(int year) {
        if (!compliance.built(year)) {
            throw DomainException.onField("year", "report.year.not-built", year);
        }
    }

    /** The user's latest jobs, newest first. */
    public List<ReportJob> mine(long userId) {
        return jobs.findMine(userId, PageRequest.of(0, LISTED));
    }

    /** Some of the user's jobs by id (others' ids are left out). */
    public List<ReportJob> mine(long userId, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : jobs.findMine(userId, ids);
    }

    /** One of the user's jobs; anyone else's is not found. */
    public ReportJob mine(long userId, long jobId) {
        return jobs.findMine(jobId, userId).orElseThrow(() -> new NotFoundException("report job", jobId));
    }

    /** A job by id, for the worker. */
    public ReportJob get(long jobId) {
        return jobs.findById(jobId).orElseThrow(() -> new NotFoundException("report job", jobId));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void start(long jobId, long rowsTotal) {
        get(jobId).start(rowsTotal, now());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(long jobId, long rowsDone) {
        jobs.progress(jobId, rowsDone);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(long jobId, String fileName, long fileSize, long rowsDone) {
        get(jobId).finish(fileName, fileSize, rowsDone, now());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void fail(long jobId, String reason) {
        ReportJob job = get(jobId);
        if (!job.getStatus().finished()) {
            job.fail(reason, now());
        }
    }

    /**
     * Marks the jobs a previous run left queued or running as failed (their worker is gone); returns how many. Called
     * once at start, before any new job runs.
     */
    @Transactional
    public int failUnfinished(String reason) {
        List<ReportJob> left = jobs.findByStatusIn(EnumSet.of(ReportJobStatus.QUEUED, ReportJobStatus.RUNNING));
        left.forEach(job -> job.fail(reason, now()));
        return left.size();
    }

    /** Jobs asked for before a moment, finished or not (the clean-up deletes them and their files). */
    public List<ReportJob> olderThan(Instant before) {
        return jobs.findByCreatedAtBefore(before);
    }

    @Transactional
    public void delete(long jobId) {
        jobs.deleteById(jobId);
    }

    private Instant now() {
        return clock.instant();
    }
}
