package cn.jinan.care.web.reliability;

import cn.jinan.care.CareApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole application instances started the way an operator starts them (no test profile, a real HTTP port), each
 * test choosing its own database. The scheduled jobs are slowed down so that only what a test triggers runs.
 */
final class Instances {

    private Instances() {
    }

    /** A fresh directory for an embedded cluster, under {@code target/} so that {@code mvn clean} removes it. */
    static Path dataDirectory(String prefix) {
        try {
            Path target = Files.createDirectories(Path.of("target", "reliability"));
            return Files.createTempDirectory(target, prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ConfigurableApplicationContext start(Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("server.port", "0");
        all.put("care.demo.mode", "off");
        all.put("care.compliance.fold-delay", "1h");
        all.put("care.compliance.age-cron", "-");
        all.put("care.old-member-visits.cron", "-");
        all.put("spring.main.banner-mode", "off");
        all.put("logging.level.org.flywaydb", "warn");
        all.putAll(properties);
        // as command-line arguments: they win over application.properties, as an operator's would
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(CareApplication.class).run(args);
    }

    /** An instance with its own embedded PostgreSQL, persistent in {@code dataDir} as in production. */
    static ConfigurableApplicationContext onEmbedded(Path dataDir, Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put("care.embedded-db.mode", "persistent");
        all.put("care.embedded-db.data-dir", dataDir.toString());
        return start(all);
    }

    /** An instance on a database given by its JDBC URL, as with {@code SPRING_DATASOURCE_URL}. */
    static ConfigurableApplicationContext onDatabase(String jdbcUrl, Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put("spring.datasource.url", jdbcUrl);
        all.put("spring.datasource.username", "postgres");
        return start(all);
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
