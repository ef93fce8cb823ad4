package cn.jinan.care.web.compliance;

import cn.jinan.care.persistence.compliance.ComplianceService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The summaries' housekeeping. None of it is needed for a figure to be right — a reader sums the folded rows and the
 * pending deltas, and ages the figures itself before reading — it keeps the pending deltas few and the new year ready.
 * Every step is safe on several instances at once (the database serializes them); the locks only spare the others
 * the work. The fold's lock is short: a crashed instance must not hold the fold up for long.
 */
@Configuration(proxyBeanMethods = false)
@Order(30)
@RequiredArgsConstructor
class ComplianceJobs implements ApplicationRunner {

    static final String REBUILD_OPTION = "rebuild-summaries";
    private static final Logger log = LoggerFactory.getLogger(ComplianceJobs.class);

    private final ComplianceService compliance;
    private final Clock clock;
    private final ConfigurableApplicationContext context;

    @Scheduled(fixedDelayString = "${care.compliance.fold-delay:2s}", initialDelayString = "${care.compliance.fold-delay:2s}")
    @SchedulerLock(name = "compliance-fold", lockAtMostFor = "30s", lockAtLeastFor = "1s")
    void fold() {
        log.debug("compliance-fold runs");
        compliance.fold();
    }

    /** Just after midnight (and every ten minutes, cheaply): overdue as of today, the new year built on 1 January. */
    @Scheduled(cron = "${care.compliance.age-cron:5 */10 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "compliance-age", lockAtMostFor = "9m", lockAtLeastFor = "1m")
    void age() {
        log.debug("compliance-age runs");
        compliance.ensureCurrent(LocalDate.now(clock));
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        if (args.containsOption(REBUILD_OPTION)) {
            long started = System.nanoTime();
            compliance.ensureCurrent(today);
            List<Integer> years = compliance.rebuildFrom(Integer.MIN_VALUE);
            List<Integer> added = compliance.buildMissing(today);
            log.info("Compliance summaries rebuilt for {} (and built for {}) in {} ms", years, added,
                    (System.nanoTime() - started) / 1_000_000);
            System.exit(SpringApplication.exit(context, () -> 0));
            return;
        }
        compliance.ensureCurrent(today);
        List<Integer> built = compliance.buildMissing(today);
        if (!built.isEmpty()) {
            log.info("Compliance summaries built for {}", built);
        }
    }
}
