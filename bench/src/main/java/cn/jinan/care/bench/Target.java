package cn.jinan.care.bench;

import cn.jinan.care.persistence.embedded.EmbeddedDatabaseProperties;
import cn.jinan.care.persistence.embedded.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database the tools work on, chosen as the app chooses it: {@code SPRING_DATASOURCE_URL} (with
 * {@code SPRING_DATASOURCE_USERNAME} / {@code _PASSWORD}) or {@code --jdbc-url}, else the app's embedded PostgreSQL in
 * a data directory ({@code --data-dir}, else {@code CARE_DATA_DIR}, else {@code ~/.party-care/bench-pgdata}: never the
 * app's own default folder, so a generated city never lands in someone's working data by accident).
 */
public record Target(String jdbcUrl, String username, String password, Path dataDir) {

    public static final Path DEFAULT_DATA_DIR = Path.of(System.getProperty("user.home"), ".party-care",
            "bench-pgdata");

    public static Target from(Args args) {
        String url = args.get("jdbc-url", System.getenv("SPRING_DATASOURCE_URL"));
        if (url != null && !url.isBlank()) {
            return new Target(url, args.get("db-user", envOr("SPRING_DATASOURCE_USERNAME", "postgres")),
                    args.get("db-password", envOr("SPRING_DATASOURCE_PASSWORD", "")), null);
        }
        String dir = args.get("data-dir", System.getenv("CARE_DATA_DIR"));
        return new Target(null, "postgres", "", dir == null || dir.isBlank() ? DEFAULT_DATA_DIR : Path.of(dir));
    }

    public boolean embedded() {
        return jdbcUrl == null;
    }

    /**
     * Opens the database: for the embedded one, starts the app's embedded server on the data directory (as the app
     * does, durable) and stops it when this JVM exits.
     */
    public DataSource open() {
        return open(Map.of());
    }

    /** As {@link #open()}, the embedded server started with these settings over the app's own. */
    public DataSource open(Map<String, String> serverConfig) {
        String url = jdbcUrl;
        if (embedded()) {
            EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties();
            properties.setDataDir(dataDir);
            properties.getServerConfig().putAll(serverConfig);
            url = EmbeddedPostgresServer.obtain(properties).jdbcUrl();
        }
        return dataSource(url, username, password);
    }

    /**
     * The embedded server's settings while the generator loads: no WAL for the tables it truncates and fills
     * (wal_level minimal), no fsync, bigger buffers, no autovacuum (the generator vacuums at the end). Not crash-safe
     * while it runs; the app starts the same data directory durably afterwards.
     */
    public static final Map<String, String> BULK_LOAD = Map.of("fsync", "off", "synchronous_commit", "off",
            "full_page_writes", "off", "wal_level", "minimal", "max_wal_senders", "0", "max_wal_size", "8GB",
            "checkpoint_timeout", "30min", "shared_buffers", "1GB", "autovacuum", "off");

    public static DataSource dataSource(String url, String username, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(username);
        if (password != null && !password.isEmpty()) {
            ds.setPassword(password);
        }
        return ds;
    }

    /** Brings the schema up to date with the app's migrations, as the app does at start. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    public static boolean isSuperuser(Connection connection) throws SQLException {
        try (var rs = connection.createStatement().executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static String envOr(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }

    public String describe() {
        return embedded() ? "embedded PostgreSQL in " + dataDir.toAbsolutePath() : jdbcUrl;
    }
}
