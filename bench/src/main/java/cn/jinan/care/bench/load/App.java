package cn.jinan.care.bench.load;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The app under test, as people run it: {@code java -jar} of care-web's jar, with its embedded PostgreSQL on a data
 * directory (started on a known port, so that the harness can also reach the database) or on an external server.
 */
final class App implements AutoCloseable {

    private final Process process;
    private final String base;
    private final int databasePort;
    private final long startedAt;

    private App(Process process, String base, int databasePort, long startedAt) {
        this.process = process;
        this.base = base;
        this.databasePort = databasePort;
        this.startedAt = startedAt;
    }

    /**
     * Starts the app.
     *
     * @param dataDir   the embedded database's directory, or null for {@code jdbcUrl}
     * @param demo      {@code on} or {@code off}
     */
    static App start(Path jar, Path dataDir, String jdbcUrl, String user, String password, String demo,
            List<String> jvmOptions, Path log) throws IOException {
        return start(jar, dataDir, jdbcUrl, user, password, demo, jvmOptions, List.of(), log);
    }

    /** As above, with arguments for the app (e.g. {@code --care.embedded-db.server-config.*}). */
    static App start(Path jar, Path dataDir, String jdbcUrl, String user, String password, String demo,
            List<String> jvmOptions, List<String> appArgs, Path log) throws IOException {
        int port = freePort();
        int dbPort = dataDir == null ? -1 : freePort();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(jar.toString());
        if (dataDir != null) {
            cmd.add("--care.embedded-db.port=" + dbPort);
        }
        // readiness (after the start-up runners: demo data, summaries) at /actuator/health/readiness
        cmd.add("--management.endpoint.health.probes.enabled=true");
        cmd.addAll(appArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("PORT", Integer.toString(port));
        env.put("CARE_DEMO", demo);
        env.remove("SPRING_DATASOURCE_URL");
        if (dataDir != null) {
            env.put("CARE_DATA_DIR", dataDir.toAbsolutePath().toString());
        } else {
            env.put("SPRING_DATASOURCE_URL", jdbcUrl);
            env.put("SPRING_DATASOURCE_USERNAME", user);
            env.put("SPRING_DATASOURCE_PASSWORD", password == null ? "" : password);
        }
        Files.createDirectories(log.getParent());
        long t0 = System.nanoTime();
        return new App(pb.start(), "http://localhost:" + port, dbPort, t0);
    }

    /** Waits for the first 200 of {@code /login}; returns the milliseconds from the start of the process. */
    long awaitReady(Duration timeout) throws IOException, InterruptedException {
        return await("/login", timeout);
    }

    /**
     * Waits until the app is ready for traffic: its start-up work done (loading the demo data, building missing
     * summaries); returns the milliseconds from the start of the process.
     */
    long awaitReadiness(Duration timeout) throws IOException, InterruptedException {
        return await("/actuator/health/readiness", timeout);
    }

    private long await(String path, Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + " (see its log)");
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - startedAt) / 1_000_000;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the app did not answer " + path + " within " + timeout);
    }

    String base() {
        return base;
    }

    int databasePort() {
        return databasePort;
    }

    long pid() {
        return process.pid();
    }

    /** Stops the app as an operator does (SIGTERM: Spring closes down, the embedded server stops). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** care-web's executable jar in the checkout (built by bench/run). */
    static Path findJar(String given) throws IOException {
        if (given != null) {
            return Path.of(given);
        }
        File dir = new File("care-web/target");
        File[] jars = dir.listFiles((d, n) -> n.startsWith("care-web-") && n.endsWith(".jar")
                && !n.endsWith("-plain.jar") && !n.endsWith(".original"));
        if (jars == null || jars.length == 0) {
            throw new IOException("care-web/target/care-web-*.jar not found: build it (bench/run does) or pass"
                    + " --app-jar");
        }
        return jars[0].toPath();
    }
}
