package cn.jinan.care.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.member.MemberProfile;
import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.domain.talk.TalkDetails;
import cn.jinan.care.domain.talk.TalkKind;
import cn.jinan.care.domain.talk.TalkerPost;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.organization.OrganizationRepository;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.talk.TalkService;
import cn.jinan.care.web.support.IdNumbers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL crashes and comes back while secretaries keep logging talks: the app reports itself unhealthy, recovers
 * without a restart, and every talk whose logging returned normally is in the database afterwards. Logging during the
 * outage fails with an exception, never silently.
 */
class DatabaseRestartTest {

    private static final String DATABASE = "care";
    private static final int WRITERS = 3;

    private StandalonePostgres server;
    private ConfigurableApplicationContext app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void acknowledgedTalksSurviveACrashAndTheAppRecoversWithoutARestart() throws Exception {
        server = StandalonePostgres.create(Instances.dataDirectory("restart"), DATABASE);
        app = Instances.onDatabase(server.jdbcUrl(DATABASE), Map.of(
                "care.bootstrap.admin-username", "restartadmin",
                "care.bootstrap.admin-password", "restart-Admin-2026",
                // a form fails after two seconds rather than the default ten while the database is away
                "spring.datasource.hikari.connection-timeout", "2000"));
        DataScope scope = branchScope();
        List<Long> members = List.of(newMember(scope, 1), newMember(scope, 2), newMember(scope, 3));

        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger failed = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        TalkService talks = app.getBean(TalkService.class);
        ExecutorService secretaries = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> loops = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            long member = members.get(w);
            loops.add(secretaries.submit(() -> {
                int n = 0;
                while (running.get()) {
                    TalkDetails talk = new TalkDetails(LocalDate.now().minusDays(n % 30), TalkKind.ROUTINE, "张书记",
                            TalkerPost.BRANCH_SECRETARY, "党员活动室", "谈话 " + n++);
                    try {
                        long[] id = new long[1];
                        AuditActor.runAs("secretary", () -> id[0] = talks.log(scope, UUID.randomUUID(), member, talk)
                                .id());
                        acknowledged.add(id[0]);
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        pause(100);
                    }
                }
                return null;
            }));
        }

        awaitTrue("talks logged before the outage", () -> acknowledged.size() >= 30);
        assertThat(health()).isEqualTo(200);

        server.stop("immediate");
        int ackedAtCrash = acknowledged.size();
        awaitTrue("the app reports itself unhealthy", () -> health() == 503);
        awaitTrue("logging fails during the outage", () -> failed.get() >= WRITERS);
        assertThat(acknowledged.size()).as("no talk acknowledged while the database is down")
                .isLessThanOrEqualTo(ackedAtCrash + WRITERS);

        server.start();
        int ackedAtRestart = acknowledged.size();
        awaitTrue("the app is healthy again", () -> health() == 200);
        awaitTrue("talks logged after the restart", () -> acknowledged.size() >= ackedAtRestart + 30);
        running.set(false);
        for (Future<?> loop : loops) {
            loop.get();
        }
        secretaries.shutdown();

        LoggerFactory.getLogger(DatabaseRestartTest.class).info(
                "{} talks acknowledged ({} before the crash, {} after the restart), {} attempts failed",
                acknowledged.size(), ackedAtCrash, acknowledged.size() - ackedAtRestart, failed.get());
        try (Connection c = server.connect(DATABASE);
                PreparedStatement found = c.prepareStatement("select count(*) from talk where id = any (?)");
                PreparedStatement all = c.prepareStatement("select count(*) from talk")) {
            Array ids = c.createArrayOf("bigint", acknowledged.toArray());
            found.setArray(1, ids);
            assertThat(count(found)).as("every acknowledged talk is in the database").isEqualTo(acknowledged.size());
            // a talk committed just as the server died may have lost its answer: at most one per failure
            assertThat(count(all)).isBetween((long) acknowledged.size(), (long) acknowledged.size() + failed.get());
        }
    }

    private DataScope branchScope() {
        OrganizationService organizations = app.getBean(OrganizationService.class);
        Organization root = app.getBean(OrganizationRepository.class).findByCode("JN").orElseThrow();
        Organization[] branch = new Organization[1];
        AuditActor.runAs("test", () -> branch[0] = organizations.createUnder(root, "JNR01", "重启测试支部",
                OrgLevel.BRANCH, 1));
        return DataScope.of(branch[0]);
    }

    private long newMember(DataScope scope, int n) {
        LocalDate birth = LocalDate.of(1970, 3, n);
        MemberProfile profile = new MemberProfile("重启测试党员" + n, null, "汉族",
                IdCardNumber.of(IdNumbers.of(birth, n % 2 == 1)), null, null, LocalDate.of(2000, 7, 1),
                LocalDate.of(2001, 7, 1), MemberCategory.FULL, MemberFlags.none());
        long[] id = new long[1];
        AuditActor.runAs("test", () -> id[0] = app.getBean(MemberService.class)
                .create(scope, scope.organizationId(), profile).getId());
        return id[0];
    }

    private int health() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + Instances.port(app) + "/actuator/health"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static long count(PreparedStatement query) throws Exception {
        try (ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for: " + what).isLessThan(deadline);
            pause(100);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
