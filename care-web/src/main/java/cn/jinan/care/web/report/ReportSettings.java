package cn.jinan.care.web.report;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How yearly reports are written ({@code care.reports.*}).
 *
 * @param dir         where the files go (created if missing)
 * @param keepDays    how long a job and its file are kept
 * @param threads     workers writing reports at once (each holds two database connections while it runs)
 * @param queue       jobs that may wait for a worker; more are refused with a message
 * @param directLimit the most members a report may have to be downloaded at once, without a job
 */
@ConfigurationProperties("care.reports")
public record ReportSettings(Path dir, @DefaultValue("7") int keepDays, @DefaultValue("2") int threads,
        @DefaultValue("50") int queue, @DefaultValue("500") long directLimit) {

    public ReportSettings {
        if (dir == null) {
            dir = Path.of(System.getProperty("java.io.tmpdir"), "party-care-reports");
        }
    }
}
