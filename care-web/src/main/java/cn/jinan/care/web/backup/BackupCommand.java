package cn.jinan.care.web.backup;

import cn.jinan.care.persistence.backup.DatabaseBackup;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * {@code --backup=FILE} writes a consistent copy of the data to FILE and exits; {@code --restore=FILE} replaces the
 * data with FILE's and exits. Both run first, before demo data or the first administrator could be made, on whatever
 * database the app is configured for (see docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class BackupCommand implements ApplicationRunner {

    static final String BACKUP_OPTION = "backup";
    static final String RESTORE_OPTION = "restore";
    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

    private final DataSource dataSource;
    private final ConfigurableApplicationContext context;

    @Override
    public void run(ApplicationArguments args) {
        Path backup = file(args, BACKUP_OPTION);
        Path restore = file(args, RESTORE_OPTION);
        if (backup == null && restore == null) {
            return;
        }
        int status = 0;
        try {
            if (backup != null) {
                backup(backup);
            } else {
                restore(restore);
            }
        } catch (IOException | RuntimeException e) {
            log.error("{} failed: {}", backup != null ? "Backup" : "Restore", e.getMessage(), e);
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private void backup(Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        long started = System.nanoTime();
        DatabaseBackup.Summary summary;
        try (OutputStream out = Files.newOutputStream(partial)) {
            summary = new DatabaseBackup(dataSource).backup(out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log.info("Backup of schema version {} written to {}: {} tables, {} rows, {} ms", summary.schemaVersion(),
                file.toAbsolutePath(), summary.rows().size(), summary.totalRows(), millis(started));
    }

    private void restore(Path file) throws IOException {
        long started = System.nanoTime();
        DatabaseBackup.Summary summary;
        try (InputStream in = Files.newInputStream(file)) {
            summary = new DatabaseBackup(dataSource).restore(in);
        }
        log.info("Restored {} (schema version {}): {} tables, {} rows, every table's checksum matches, {} ms",
                file.toAbsolutePath(), summary.schemaVersion(), summary.rows().size(), summary.totalRows(),
                millis(started));
    }

    private static Path file(ApplicationArguments args, String option) {
        List<String> values = args.getOptionValues(option);
        return values == null || values.isEmpty() ? null : Path.of(values.get(0));
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
