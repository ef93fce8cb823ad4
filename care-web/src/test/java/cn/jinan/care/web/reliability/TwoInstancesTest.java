package cn.jinan.care.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.jinan.care.persistence.embedded.EmbeddedDatabase;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ReflectionUtils;

/**
 * Two instances of the app on one database, as behind a load balancer: instance A on its own embedded PostgreSQL,
 * instance B on A's database by URL. A browser's session made on one is valid on the other (Spring Session JDBC), and
 * each scheduled job runs on one of them only per schedule (ShedLock).
 */
class TwoInstancesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String ADMIN = "twoadmin";
    private static final String PASSWORD = "two-Instances-2026";

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstances() {
        a = Instances.onEmbedded(Instances.dataDirectory("two-instances"), Map.of(
                "care.bootstrap.admin-username", ADMIN, "care.bootstrap.admin-password", PASSWORD));
        b = Instances.onDatabase(a.getBean(EmbeddedDatabase.class).jdbcUrl(), Map.of());
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aSessionMadeOnOneInstanceIsValidOnTheOtherAndSigningOutEndsItOnBoth() throws Exception {
        Browser browser = new Browser();
        String token = csrf(browser.get(a, "/login").body());
        String anonymous = browser.sessionId();
        HttpResponse<String> signIn = browser.post(a, "/login",
                "username=" + ADMIN + "&password=" + PASSWORD + "&_csrf=" + token);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(browser.sessionId()).as("a new session id at sign-in").isNotNull().isNotEqualTo(anonymous);

        assertThat(a.getBean(JdbcTemplate.class).queryForList(
                "select max_inactive_interval from spring_session where session_id = ? and principal_name = ?",
                Integer.class, browser.sessionIdInDatabase(), ADMIN))
                .as("the session is in the database with the 30-minute idle timeout").containsExactly(1800);

        HttpResponse<String> homeOnB = browser.get(b, "/");
        assertThat(homeOnB.statusCode()).as("signed in on B with A's session").isEqualTo(200);
        assertThat(homeOnB.body()).contains(ADMIN);
        assertThat(browser.get(b, "/admin/users").statusCode()).isEqualTo(200);

        String session = browser.sessionId();
        String sessionInDatabase = browser.sessionIdInDatabase();
        HttpResponse<String> out = browser.post(b, "/logout", "_csrf=" + csrf(homeOnB.body()));
        assertThat(out.headers().firstValue("Location").orElseThrow()).contains("/login?logout");
        assertThat(a.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from spring_session where session_id = ?", Integer.class, sessionInDatabase)).isZero();
        for (ConfigurableApplicationContext instance : List.of(a, b)) {
            // the old cookie sent again, as a copy kept by an attacker would be: the session itself is gone
            HttpResponse<String> after = Browser.getWithSession(instance, "/", session);
            assertThat(after.statusCode()).as("signed out everywhere").isEqualTo(302);
            assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
        }
    }

    @Test
    void aSessionIdleForLongerThanThirtyMinutesIsOverOnEveryInstance() throws Exception {
        Browser browser = new Browser();
        String token = csrf(browser.get(b, "/login").body());
        browser.post(b, "/login", "username=" + ADMIN + "&password=" + PASSWORD + "&_csrf=" + token);
        assertThat(browser.get(a, "/").statusCode()).isEqualTo(200);
        // the user walks away: the session's last use moves 31 minutes into the past
        assertThat(a.getBean(JdbcTemplate.class).update("update spring_session"
                + " set last_access_time = last_access_time - ?, expiry_time = expiry_time - ? where session_id = ?",
                31 * 60_000L, 31 * 60_000L, browser.sessionIdInDatabase())).isEqualTo(1);
        for (ConfigurableApplicationContext instance : List.of(a, b)) {
            HttpResponse<String> after = browser.get(instance, "/");
            assertThat(after.statusCode()).as("idle session refused").isEqualTo(302);
            assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
        }
    }

    @Test
    void eachScheduledJobRunsOnOneInstancePerSchedule() throws Exception {
        List<Method> jobs = scheduledMethods(a);
        assertThat(jobs).as("the app's scheduled jobs").extracting(Method::getName)
                .contains("fold", "age", "daily");
        for (Method job : jobs) {
            assertThat(AnnotatedElementUtils.hasAnnotation(job, SchedulerLock.class))
                    .as("%s.%s is locked across instances", job.getDeclaringClass().getSimpleName(), job.getName())
                    .isTrue();
        }
        try (JobLog log = new JobLog()) {
            for (Method job : jobs) {
                int before = log.runs(job);
                triggerOnBothAtOnce(job);
                assertThat(log.runs(job) - before).as("runs of %s triggered on both instances at once", job.getName())
                        .isEqualTo(1);
            }
            // the fold is locked for at least one second: the next schedule (two seconds later) runs again
            Method fold = jobs.stream().filter(m -> m.getName().equals("fold")).findFirst().orElseThrow();
            int before = log.runs(fold);
            Thread.sleep(1_500);
            triggerOnBothAtOnce(fold);
            assertThat(log.runs(fold) - before).as("the fold's next schedule").isEqualTo(1);
        }
    }

    private static List<Method> scheduledMethods(ConfigurableApplicationContext context) {
        List<Method> methods = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !type.getName().startsWith("cn.jinan.care")) {
                continue;
            }
            ReflectionUtils.doWithMethods(org.springframework.util.ClassUtils.getUserClass(type), methods::add,
                    m -> AnnotatedElementUtils.hasAnnotation(m, Scheduled.class));
        }
        return methods;
    }

    /** Calls the job's method through each instance's bean (with its lock) from two threads released together. */
    private static void triggerOnBothAtOnce(Method job) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2, r -> new Thread(r, JobLog.TRIGGER_THREAD));
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (ConfigurableApplicationContext instance : List.of(a, b)) {
                Object bean = instance.getBean(job.getDeclaringClass());
                assertThat(AopUtils.isAopProxy(bean)).as("%s is proxied for its lock", bean.getClass()).isTrue();
                ReflectionUtils.makeAccessible(job);
                runs.add(threads.submit(() -> {
                    together.await();
                    return job.invoke(bean);
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    /**
     * One browser in front of both instances: cookies do not depend on the port, so the session cookie goes to A and
     * B alike, as through a load balancer.
     */
    private static final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(ConfigurableApplicationContext instance, String path)
                throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(instance, path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String form)
                throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(instance, path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        static HttpResponse<String> getWithSession(ConfigurableApplicationContext instance, String path,
                String session) throws IOException, InterruptedException {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(instance, path))
                    .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        /** The cookie carries the session id in Base64. */
        String sessionIdInDatabase() {
            return new String(Base64.getDecoder().decode(sessionId()), StandardCharsets.UTF_8);
        }

        private static URI uri(ConfigurableApplicationContext instance, String path) {
            return URI.create("http://localhost:" + Instances.port(instance) + path);
        }
    }

    /** Counts the jobs' "runs" lines written on the triggering threads (debug level, switched on here). */
    private static final class JobLog implements AutoCloseable {

        static final String TRIGGER_THREAD = "job-trigger";
        private static final List<String> LOGGERS = List.of("cn.jinan.care.web.compliance.ComplianceJobs",
                "cn.jinan.care.web.oldmember.OldMemberVisitJob", "cn.jinan.care.web.imports.ImportCleanupJob",
                "cn.jinan.care.web.report.ReportJobs");

        private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
        private final List<Level> levels = new ArrayList<>();

        JobLog() {
            appender.start();
            for (String name : LOGGERS) {
                Logger logger = (Logger) LoggerFactory.getLogger(name);
                levels.add(logger.getLevel());
                logger.setLevel(Level.DEBUG);
                logger.addAppender(appender);
            }
        }

        synchronized int runs(Method job) {
            String line = job.getAnnotation(SchedulerLock.class).name() + " runs";
            return (int) appender.list.stream()
                    .filter(e -> e.getThreadName().equals(TRIGGER_THREAD) && e.getFormattedMessage().equals(line))
                    .count();
        }

        @Override
        public void close() {
            for (int i = 0; i < LOGGERS.size(); i++) {
                Logger logger = (Logger) LoggerFactory.getLogger(LOGGERS.get(i));
                logger.detachAppender(appender);
                logger.setLevel(levels.get(i));
            }
            appender.stop();
        }
    }
}
