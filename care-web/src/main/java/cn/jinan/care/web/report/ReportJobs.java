package cn.jinan.care.web.report;

import cn.jinan.care.domain.report.ReportJob;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.user.UserAccount;
import cn.jinan.care.persistence.organization.OrganizationRepository;
import cn.jinan.care.persistence.report.ReportJobService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.user.UserAccountRepository;
import cn.jinan.care.reports.yearly.YearlyReport;
import jakarta.annotation.PreDestroy;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the yearly-report jobs: a fixed pool of {@code care.reports.threads} workers with a bounded queue, so two users
 * exporting at once are both served and a flood of requests is refused rather than piling up. A worker reads the job,
 * the user's scope as it is now, writes the file under a temporary name, moves it into place and marks the job done
 * (or failed, with the reason as a message key). Jobs a previous run left unfinished are marked failed at start; jobs
 * and files older than {@code care.reports.keep-days} are deleted every night.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportSettings.class)
@EnableScheduling
public class ReportJobs {

    /** Member rows between two progress writes. */
    static final int PROGRESS_EVERY = 200;

    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

    private final ReportJobService jobs;
    private final ReportWriting writing;
    private final UserAccountRepository users;
    private final OrganizationRepository organizations;
    private final ReportSettings settings;
    private final Clock clock;
    private final ThreadPoolExecutor workers;

    public ReportJobs(ReportJobService jobs, ReportWriting writing, UserAccountRepository users,
            OrganizationRepository organizations, ReportSettings settings, Clock clock) {
        this.jobs = jobs;
        this.writing = writing;
        this.users = users;
        this.organizations = organizations;
        this.settings = settings;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.queue()), task -> {
                    Thread t = new Thread(task, "report-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Hands a queued job to the workers; false when the queue is full (the job is then marked failed). */
    public boolean submit(long jobId) {
        try {
            workers.execute(() -> run(jobId));
            return true;
        } catch (RejectedExecutionException e) {
            jobs.fail(jobId, "report.busy");
            return false;
        }
    }

    /** The file of a finished job. */
    public Path file(ReportJob job) {
        return settings.dir().resolve(job.getFileName());
    }

    void run(long jobId) {
        Path partial = null;
        try {
            ReportJob job = jobs.get(jobId);
            UserAccount user = users.findById(job.getRequestedBy()).orElseThrow();
            // the scope as it is now: an organization moved out of it since the request is not found
            DataScope scope = organizations.findById(user.getOrganization().getId()).map(DataScope::of).orElseThrow();
            Locale locale = Locale.forLanguageTag(job.getLanguage());
            String name = "job-" + jobId + "-" + UUID.randomUUID() + "." + job.getFormat().extension();
            Files.createDirectories(settings.dir());
            partial = settings.dir().resolve(name + ".part");
            Path target = settings.dir().resolve(name);
            Path writing = partial;
            long[] rows = {0};
            AuditActor.runAs(user.getUsername(), () -> {
                YearlyReport report = this.writing.load(scope, job.getOrganizationId(), job.getYear(), user.getRole());
                jobs.start(jobId, this.writing.rows(scope, job.getOrganizationId(), report, job.getFormat()));
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(writing), 64 * 1024)) {
                    rows[0] = this.writing.write(scope, job.getOrganizationId(), report, job.getFormat(), locale, out,
                            PROGRESS_EVERY, done -> jobs.progress(jobId, done));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            jobs.finish(jobId, name, Files.size(target), rows[0]);
        } catch (Exception | Error e) {
            log.warn("report job {} failed", jobId, e);
            deleteQuietly(partial);
            try {
                jobs.fail(jobId, "report.job.failed");
            } catch (RuntimeException again) {
                log.warn("report job {} could not be marked failed", jobId, again);
            }
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    /** Jobs queued or running when the application stopped have no worker any more. */
    @EventListener(ApplicationReadyEvent.class)
    public void failLeftOvers() {
        int left = jobs.failUnfinished("report.job.interrupted");
        if (left > 0) {
            log.info("{} report jobs left unfinished by the previous run were marked failed", left);
        }
    }

    /** Deletes jobs, and their files, older than the days kept; and any stray file as old. */
    @Scheduled(cron = "${care.reports.cleanup-cron:0 45 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "report-cleanup", lockAtMostFor = "30m", lockAtLeastFor = "1m")
    public void cleanUp() {
        log.debug("report-cleanup runs");
        Instant before = clock.instant().minus(Duration.ofDays(settings.keepDays()));
        for (ReportJob job : jobs.olderThan(before)) {
            if (job.getFileName() != null) {
                deleteQuietly(file(job));
            }
            jobs.delete(job.getId());
        }
        if (Files.isDirectory(settings.dir())) {
            try (Stream<Path> files = Files.list(settings.dir())) {
                files.filter(f -> f.getFileName().toString().startsWith("job-")).filter(f -> olderThan(f, before))
                        .forEach(ReportJobs::deleteQuietly);
            } catch (IOException e) {
                log.warn("could not list the reports directory {}", settings.dir(), e);
            }
        }
    }

    private static boolean olderThan(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete {}", file, e);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
