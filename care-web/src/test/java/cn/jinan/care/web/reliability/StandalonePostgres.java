package cn.jinan.care.web.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL 18 server that a test stops and starts with {@code pg_ctl}, as an operator would, on one data directory
 * and one port. The cluster is made by zonky (the same binaries as the app's embedded server) and then run by
 * {@code pg_ctl} from those binaries, with the persistent server's settings (fsync and synchronous commit on).
 */
final class StandalonePostgres implements AutoCloseable {

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private boolean running;

    private StandalonePostgres(Path bin, Path dataDir, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Makes a cluster in {@code dataDir} with the database {@code database}, and starts it. */
    static StandalonePostgres create(Path dataDir, String database) {
        int port = freePort();
        Path bin;
        try (EmbeddedPostgres made = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setPort(port).setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C")
                .setPGStartupWait(Duration.ofSeconds(120)).start();
                Connection c = made.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + database + " encoding 'UTF8' template template0");
            bin = postmasterBinaries(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        StandalonePostgres server = new StandalonePostgres(bin, dataDir, port);
        server.start();
        return server;
    }

    /** The directory of the running postmaster's program, found from its pid file. */
    private static Path postmasterBinaries(Path dataDir) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        String command = ProcessHandle.of(pid).flatMap(p -> p.info().command())
                .orElseThrow(() -> new IllegalStateException("cannot see the postmaster's program"));
        return Path.of(command).getParent();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    void start() {
        pgCtl("-o", "-p " + port + " -c listen_addresses=localhost -c fsync=on -c synchronous_commit=on"
                + " -c timezone=Asia/Shanghai", "-l", dataDir.resolveSibling(dataDir.getFileName() + ".log").toString(),
                "-w", "-t", "120", "start");
        running = true;
    }

    /** Stops the server: {@code fast} (clients disconnected, a clean checkpoint) or {@code immediate} (a crash). */
    void stop(String mode) {
        pgCtl("-m", mode, "-w", "-t", "120", "stop");
        running = false;
    }

    private void pgCtl(String... args) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // as zonky does: PostgreSQL refuses to run as root, and CI runs as root
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString()));
        command.addAll(List.of(args));
        try {
            Path output = Files.createTempFile(dataDir.getParent(), "pg_ctl", ".out");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(150, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed: "
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (running) {
            stop("fast");
        }
    }
}
