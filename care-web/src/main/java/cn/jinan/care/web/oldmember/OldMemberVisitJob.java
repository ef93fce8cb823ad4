package cn.jinan.care.web.oldmember;

import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.persistence.oldmember.OldMemberVisitPlanner;
import cn.jinan.care.web.demo.DemoMode;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Opens the home visits of members who became very old (第26条 高龄): every night, and at start in demo mode (after
 * the demo data). The planner is idempotent, so running it on several instances or twice a day opens nothing twice;
 * the lock only spares the other instances the work.
 */
@Configuration(proxyBeanMethods = false)
@Order(20)
@RequiredArgsConstructor
class OldMemberVisitJob implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OldMemberVisitJob.class);

    private final OldMemberVisitPlanner planner;
    private final DemoMode demoMode;
    private final Clock clock;

    @Scheduled(cron = "${care.old-member-visits.cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "old-member-visits", lockAtMostFor = "1h", lockAtLeastFor = "5m")
    void daily() {
        log.debug("old-member-visits runs");
        plan();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.enabled()) {
            plan();
        }
    }

    private void plan() {
        AuditActor.runAs(AuditActor.SYSTEM, () -> {
            int opened = planner.plan(LocalDate.now(clock));
            if (opened > 0) {
                log.info("R26-OLD-MEMBER-VISIT: {} home visits opened for very old members", opened);
            }
        });
    }
}
