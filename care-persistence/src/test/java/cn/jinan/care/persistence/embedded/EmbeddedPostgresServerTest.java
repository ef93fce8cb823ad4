package cn.jinan.care.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The persistent embedded PostgreSQL, the one that keeps people's data: written durably, and recovered from a
 * postmaster that a killed app left behind. Plain JUnit: each test starts servers of its own on a temporary directory.
 */
class EmbeddedPostgresServerTest {

    private static final Duration CHILD_STARTUP = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void stopWhatTheTestStarted() throws Exception {
        for (Process child : children) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        // zonky would stop the server at JVM exit, but the temporary directory goes away now
        stopPostmaster(dataDir());
    }

    @Test
    void aPersistentServerWritesDurably() throws SQLException {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(persistentIn(dataDir()));

        try (Connection connection = connect(server)) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void aServerLeftRunningByAKilledAppIsStoppedAtTheNextStartWithItsDataKept() throws Exception {
        Process app = startAppInAnotherJvm();
        long postmasterPid = postmasterPid(dataDir()).orElseThrow();

        assertThatThrownBy(() -> EmbeddedPostgresServer.obtain(persistentIn(dataDir())))
                .as("a second start while the app lives")
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in use by another running instance");
        assertThat(ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive)).as("the app's server, left alone")
                .contains(true);

        app.destroyForcibly(); // SIGKILL: no shutdown hook runs, PostgreSQL is not told
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(dataDir().resolve("postmaster.pid")).exists();
        assertThat(ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive)).as("the orphaned server")
                .contains(true);

        EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(persistentIn(dataDir()));

        assertThat(ProcessHandle.of(postmasterPid).filter(ProcessHandle::isAlive)).as("the orphan, stopped").isEmpty();
        assertThat(postmasterPid(dataDir())).isPresent().isNotEqualTo(Optional.of(postmasterPid));
        try (Connection connection = connect(server);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select v from t")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(OrphanedServerMain.ROW);
        }
    }

    /**
     * After a power cut or a container restart the pid file stays and its pid may since belong to another process,
     * even one called postgres (another cluster's server). That process is none of ours to stop, and while it lives
     * PostgreSQL would refuse to start on a pid file naming it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sleep", "postgres"})
    void aPidFileThatOutlivedItsServerIsSetAsideAndTheProcessNowHoldingItsPidLeftAlone(String processName)
            throws Exception {
        List<String> pidFile = stoppedClusterWithItsPidFile(dataDir());
        Process stranger = startSleepingProcessNamed(processName);
        pidFile.set(0, Long.toString(stranger.pid()));
        Files.write(dataDir().resolve("postmaster.pid"), pidFile, StandardCharsets.UTF_8);
        EmbeddedDatabaseProperties properties = persistentIn(dataDir());
        properties.setStartupWait(Duration.ofSeconds(15));

        EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(properties);

        assertThat(stranger.isAlive()).as("the process that now has the pid").isTrue();
        try (Connection connection = connect(server)) {
            assertThat(setting(connection, "data_directory")).isEqualTo(dataDir().toString());
        }
    }

    private Path dataDir() {
        return temp.resolve("pgdata");
    }

    private static EmbeddedDatabaseProperties persistentIn(Path dataDir) {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties();
        properties.setMode(EmbeddedDatabaseProperties.Mode.PERSISTENT);
        properties.setDataDir(dataDir);
        return properties;
    }

    /** Runs {@link OrphanedServerMain} in a JVM of its own and waits until its server is up with the row written. */
    private Process startAppInAnotherJvm() throws IOException, InterruptedException {
        Path log = temp.resolve("app.log");
        Process app = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                OrphanedServerMain.class.getName(), dataDir().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        children.add(app);
        long deadline = System.nanoTime() + CHILD_STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            String output = Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
            if (output.lines().anyMatch(OrphanedServerMain.READY::equals)) {
                return app;
            }
            if (!app.isAlive()) {
                fail("the app exited with " + app.exitValue() + " before its server was ready:\n" + output);
            }
            Thread.sleep(100);
        }
        return fail("the app's server was not ready in " + CHILD_STARTUP);
    }

    /** Runs a cluster on the directory once and stops it, returning the pid file it had while it ran. */
    private static List<String> stoppedClusterWithItsPidFile(Path dataDir) throws IOException {
        List<String> pidFile;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C")
                .start()) {
            pidFile = new ArrayList<>(Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8));
        }
        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
        return pidFile;
    }

    /** A copy of {@code sleep} under another name, so that its command is what {@code name} says. */
    private Process startSleepingProcessNamed(String name) throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path program = Files.copy(Path.of("/bin/sleep").toRealPath(), bin.resolve(name));
        assertThat(program.toFile().setExecutable(true)).isTrue();
        Process process = new ProcessBuilder(program.toString(), "600").start();
        children.add(process);
        return process;
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Optional<Long> postmasterPid(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().map(String::strip)
                .map(Long::valueOf);
    }

    /** A fast shutdown (SIGINT), as the production code sends an orphan. */
    private static void stopPostmaster(Path dataDir) throws Exception {
        Optional<ProcessHandle> postmaster = postmasterPid(dataDir).flatMap(ProcessHandle::of);
        if (postmaster.isEmpty()) {
            return;
        }
        new ProcessBuilder("kill", "-INT", Long.toString(postmaster.get().pid())).inheritIO().start().waitFor();
        postmaster.get().onExit().get(30, TimeUnit.SECONDS);
    }
}
