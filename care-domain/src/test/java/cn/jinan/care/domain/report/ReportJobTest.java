package cn.jinan.care.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.shared.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportJobTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    private static ReportJob queued() {
        return ReportJob.queue(7, 11, 2026, ReportFormat.PDF, "zh-CN");
    }

    @Test
    void runsFromQueuedToDoneWithItsFile() {
        ReportJob job = queued();
        assertThat(job.getStatus()).isEqualTo(ReportJobStatus.QUEUED);
        job.start(120, NOW);
        assertThat(job.getStatus()).isEqualTo(ReportJobStatus.RUNNING);
        job.finish("job-1.pdf", 2048, 120, NOW.plusSeconds(5));
        assertThat(job.isDone()).isTrue();
        assertThat(job.getFileName()).isEqualTo("job-1.pdf");
        assertThat(job.getRowsDone()).isEqualTo(120);
        assertThat(job.getFinishedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void aJobThatDidNotStartCannotFinish() {
        ReportJob job = queued();
        assertThatThrownBy(() -> job.finish("x.pdf", 1, 0, NOW)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("report.job.out-of-order");
    }

    @Test
    void aJobStartsOnce() {
        ReportJob job = queued();
        job.start(1, NOW);
        assertThatThrownBy(() -> job.start(1, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void failsWithItsReasonButNotOnceFinished() {
        ReportJob job = queued();
        job.fail("x".repeat(ReportJob.MAX_ERROR + 20), NOW);
        assertThat(job.getStatus()).isEqualTo(ReportJobStatus.FAILED);
        assertThat(job.getError()).hasSize(ReportJob.MAX_ERROR);
        assertThatThrownBy(() -> job.fail("again", NOW)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("report.job.finished");
        ReportJob done = queued();
        done.start(0, NOW);
        done.finish("f.csv", 1, 0, NOW);
        assertThatThrownBy(() -> done.fail("late", NOW)).isInstanceOf(DomainException.class);
    }
}
