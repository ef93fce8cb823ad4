package cn.jinan.care.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.persistence.embedded.EmbeddedDatabaseProperties;
import cn.jinan.care.persistence.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Upgrades from every released schema version. One database is migrated from V1 one version at a time, with records
 * written as the releases of V1, V2, V8 and V12 wrote them; after each version a copy of it is kept. Then every copy,
 * i.e. a database left at each earlier version with the data of its time, is migrated to the latest version.
 */
class MigrationUpgradeTest {

    private static final String LOCATION = "classpath:db/migration";
    /** Records as each of these releases wrote them, inserted right after migrating to that version. */
    private static final Map<String, String> DATA_AFTER = Map.of(
            "1", "upgrade/after-V1.sql", "2", "upgrade/after-V2.sql",
            "8", "upgrade/after-V8.sql", "12", "upgrade/after-V12.sql");

    private static EmbeddedPostgresServer server;
    private static final List<String> versions = new ArrayList<>();
    private static final List<String> databases = new ArrayList<>();
    private static String fresh;
    private static String stepwise;

    @BeforeAll
    static void migrateStepByStepKeepingACopyOfEachVersion() throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties();
        properties.setMode(EmbeddedDatabaseProperties.Mode.EPHEMERAL);
        server = EmbeddedPostgresServer.obtain(properties);

        fresh = create("upgrade_fresh");
        flyway(fresh, null).migrate();
        for (MigrationInfo migration : flyway(fresh, null).info().applied()) {
            if (migration.getVersion() != null) {
                versions.add(migration.getVersion().getVersion());
            }
        }

        stepwise = create("upgrade_stepwise");
        for (String version : versions) {
            assertThat(flyway(stepwise, version).migrate().targetSchemaVersion).isEqualTo(version);
            if (DATA_AFTER.containsKey(version)) {
                execute(stepwise, resource(DATA_AFTER.get(version)));
            }
            if (!version.equals(latest())) {
                execute("postgres", "create database upgrade_from_v" + version + " template " + stepwise);
                databases.add("upgrade_from_v" + version);
            }
        }
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        for (String database : databases) {
            execute("postgres", "drop database if exists " + database + " with (force)");
        }
    }

    @Test
    void migratingOneVersionAtATimeFromV1EndsAtTheLatestSchemaWithEveryRecord() throws Exception {
        assertThat(versions).startsWith("1", "2").contains("8", "12", "18");
        assertThat(schema(stepwise)).isEqualTo(schema(fresh));
        assertRecordsOfEveryRelease(stepwise, "12");
    }

    @Test
    void aDatabaseAtEachEarlierVersionMigratesToTheLatestKeepingItsRecords() throws Exception {
        List<String> schemaOfLatest = schema(fresh);
        for (String version : versions.subList(0, versions.size() - 1)) {
            String database = "upgrade_from_v" + version;
            assertThat(flyway(database, null).migrate().targetSchemaVersion)
                    .as("%s migrated to the latest", database).isEqualTo(latest());
            assertThat(schema(database)).as("schema of %s", database).isEqualTo(schemaOfLatest);
            assertRecordsOfEveryRelease(database, version);
        }
    }

    /** The records the releases up to {@code version} wrote, all still there and as written. */
    private static void assertRecordsOfEveryRelease(String database, String version) throws SQLException {
        MigrationVersion reached = MigrationVersion.fromVersion(version);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("select string_agg(code || ' ' || path, ',' order by id) from organization", "UP /1/,UP01 /1/2/");
        expected.put("select name || ' ' || full_member_date from member", "升级测试党员 1976-07-01");
        expected.put("select kind || ' ' || event_date from member_event", "ADMITTED 1975-07-01");
        expected.put("select username || ' ' || role from app_user", "upgrade1 SECRETARY");
        if (reached.isAtLeast("2")) {
            expected.put("select summary from talk", "升级前的谈话");
            expected.put("select hours || ' ' || course from study_record", "2.5 升级前的学习");
        }
        if (reached.isAtLeast("8")) {
            expected.put("select amount || ' ' || period_start from old_member_subsidy_payment", "300.00 2024-01-01");
        }
        if (reached.isAtLeast("12")) {
            expected.put("select a.title || ' ' || p.member_id from org_activity a"
                    + " join org_activity_participant p on p.activity_id = a.id", "升级前的支部学习 1");
        }
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(queryAll(database, e.getKey())).as("%s in %s", e.getKey(), database)
                    .containsExactly(e.getValue());
        }
    }

    /** Tables, columns with their types, defaults and collations, constraints, indexes, functions and triggers. */
    private static List<String> schema(String database) throws SQLException {
        List<String> schema = new ArrayList<>();
        schema.addAll(queryAll(database, """
                select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' '
                       || coalesce(column_default, '') || ' ' || coalesce(collation_name, '')
                  from information_schema.columns where table_schema = 'public' order by 1"""));
        schema.addAll(queryAll(database, """
                select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
                  from pg_constraint where connamespace = 'public'::regnamespace order by 1"""));
        schema.addAll(queryAll(database, "select indexdef from pg_indexes where schemaname = 'public' order by 1"));
        schema.addAll(queryAll(database, """
                select proname || ' ' || md5(prosrc) from pg_proc
                 where pronamespace = 'public'::regnamespace order by 1"""));
        schema.addAll(queryAll(database, """
                select pg_get_triggerdef(oid) from pg_trigger where not tgisinternal order by 1"""));
        return schema;
    }

    private static String latest() {
        return versions.get(versions.size() - 1);
    }

    private static Flyway flyway(String database, String target) {
        var configuration = Flyway.configure().dataSource(url(database), server.username(), "")
                .locations(LOCATION);
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + server.port() + "/" + database;
    }

    private static String create(String database) throws SQLException {
        execute("postgres", "drop database if exists " + database + " with (force)");
        execute("postgres", "create database " + database + " encoding 'UTF8' template template0");
        databases.add(database);
        return database;
    }

    private static void execute(String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(database), server.username(), "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> queryAll(String database, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url(database), server.username(), "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = MigrationUpgradeTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
