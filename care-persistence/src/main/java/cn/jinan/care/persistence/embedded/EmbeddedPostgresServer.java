package cn.jinan.care.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running embedded PostgreSQL cluster. One per data directory per JVM: every Spring context of a test JVM shares
 * the same ephemeral server, and the app has its persistent one.
 *
 * <p>Persistent clusters are written durably: zonky starts PostgreSQL with {@code fsync} and {@code synchronous_commit}
 * off, which is fine for tests and wrong for people's data, so both are switched back on. A server left running by a
 * killed app (its JVM gone, the postmaster still alive) is shut down before the new one starts.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<String, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private final EmbeddedPostgres postgres;
    private final String database;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String database) {
        this.postgres = postgres;
        this.database = database;
    }

    /** The server for these settings, started on first use and kept for the life of the JVM. */
    public static EmbeddedPostgresServer obtain(EmbeddedDatabaseProperties properties) {
        String key = properties.getMode() == EmbeddedDatabaseProperties.Mode.EPHEMERAL
                ? "ephemeral"
                : properties.getDataDir().toAbsolutePath().normalize().toString();
        return RUNNING.computeIfAbsent(key, k -> start(properties));
    }

    private static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(properties.getPort())
                    .setPGStartupWait(properties.getStartupWait())
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setServerConfig("max_connections", "100");
            if (properties.getMode() == EmbeddedDatabaseProperties.Mode.PERSISTENT) {
                Path dataDir = properties.getDataDir().toAbsolutePath().normalize();
                Files.createDirectories(dataDir);
                stopOrphanedServer(dataDir);
                builder.setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
                log.info("Starting embedded PostgreSQL with data in {}", dataDir);
            } else {
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
                log.info("Starting an ephemeral embedded PostgreSQL for tests");
            }
            properties.getServerConfig().forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres, properties.getDatabase());
            log.info("Embedded PostgreSQL is up: {}", postgres.getJdbcUrl("postgres", properties.getDatabase()));
            return new EmbeddedPostgresServer(postgres, properties.getDatabase());
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
        }
    }

    /**
     * A postmaster whose app was killed keeps running and keeps its {@code postmaster.pid}; zonky's lock file is free
     * then (the lock died with the JVM). If the lock is held, another live app owns the server and we must not touch it.
     * A pid file that outlived its server (a power cut, a container restart) may name a pid that another process has
     * since been given: that process is left alone and the stale file removed, since PostgreSQL refuses to start while
     * the pid it names is alive.
     */
    static void stopOrphanedServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Path lockFile = dataDir.resolve(ZONKY_LOCK_FILE);
        try (FileOutputStream out = new FileOutputStream(lockFile.toFile());
                FileChannel channel = out.getChannel();
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The database in " + dataDir
                        + " is in use by another running instance of the app; stop it first.");
            }
            Optional<ProcessHandle> named = readPid(pidFile).flatMap(ProcessHandle::of)
                    .filter(ProcessHandle::isAlive);
            if (named.isEmpty()) {
                return; // the server is gone: PostgreSQL replaces a pid file whose process is dead
            }
            ProcessHandle process = named.get();
            if (!isServerOf(process, dataDir)) {
                log.warn("{} names pid {}, which is not this database's server (the file outlived its server); "
                        + "removing the file and leaving that process alone", pidFile, process.pid());
                Files.delete(pidFile);
                return;
            }
            log.warn("Found PostgreSQL (pid {}) left running by an earlier run; shutting it down", process.pid());
            // SIGINT is PostgreSQL's "fast" shutdown: it rolls back open transactions and writes a checkpoint
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
            if (!waitForExit(process, Duration.ofSeconds(30))) {
                log.warn("PostgreSQL (pid {}) did not stop; killing it (it will recover from its WAL)", process.pid());
                process.destroyForcibly();
                waitForExit(process, Duration.ofSeconds(10));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping an orphaned PostgreSQL", e);
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new IllegalStateException("The database in " + dataDir + " is already open in this JVM", e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the process is a postgres started on this data directory (zonky passes {@code -D <dataDir>}). Where the
     * platform does not show a process's command or arguments, the pid file is trusted.
     */
    private static boolean isServerOf(ProcessHandle process, Path dataDir) {
        ProcessHandle.Info info = process.info();
        if (!info.command().map(c -> c.contains("postgres")).orElse(true)) {
            return false;
        }
        return info.arguments().map(args -> Arrays.stream(args).anyMatch(a -> isPath(a, dataDir))).orElse(true);
    }

    private static boolean isPath(String argument, Path dataDir) {
        if (argument.equals(dataDir.toString())) {
            return true;
        }
        try {
            Path path = Path.of(argument);
            return path.isAbsolute() && Files.isSameFile(path, dataDir);
        } catch (IOException | InvalidPathException e) {
            return false;
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) throws InterruptedException {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            if (!database.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("database name must be a plain identifier: " + database);
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + database + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }
}
