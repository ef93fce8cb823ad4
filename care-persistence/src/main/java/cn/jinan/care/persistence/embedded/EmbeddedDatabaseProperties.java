package cn.jinan.care.persistence.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL, under {@code care.embedded-db}.
 */
@Getter
@Setter
@ConfigurationProperties(prefix = "care.embedded-db")
public class EmbeddedDatabaseProperties {

    /** Whether to start an embedded PostgreSQL when {@code spring.datasource.url} is not set. */
    private boolean enabled = true;

    /**
     * {@code persistent}: data kept in {@link #dataDir} across restarts, written durably (fsync and synchronous
     * commit on). {@code ephemeral}: a fresh throw-away cluster for tests, fast and not durable.
     */
    private Mode mode = Mode.PERSISTENT;

    /** Where the persistent cluster keeps its data; default {@code ~/.party-care/pgdata}. */
    private Path dataDir = Path.of(System.getProperty("user.home"), ".party-care", "pgdata");

    /** The TCP port on localhost; 0 picks a free one at each start. */
    private int port = 0;

    /** The database the application uses inside the cluster. */
    private String database = "care";

    /** How long to wait for the server to accept connections. */
    private Duration startupWait = Duration.ofSeconds(60);

    /**
     * Server settings ({@code postgresql.conf} names) applied after the mode's own, e.g.
     * {@code care.embedded-db.server-config.shared_buffers=1GB}. The benchmark's data generator uses it to load in
     * bulk-load mode; the mode's durability settings are overridden too, so use it with care on real data.
     */
    private Map<String, String> serverConfig = new LinkedHashMap<>();

    public enum Mode {
        PERSISTENT, EPHEMERAL
    }
}
