package cn.jinan.care.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.persistence.backup.DatabaseBackup;
import cn.jinan.care.persistence.embedded.EmbeddedDatabaseProperties;
import cn.jinan.care.persistence.embedded.EmbeddedPostgresServer;
import cn.jinan.care.web.support.CareWebTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The demo database (with every test's records) backed up while the app runs, and restored into a fresh database:
 * every table has the same number of rows and the same checksum, and every sequence the same position.
 */
@CareWebTest
class BackupRestoreTest {

    /** Operational state the backup leaves out: Flyway's own history, HTTP sessions, job locks. */
    private static final Set<String> NOT_DATA = Set.of("flyway_schema_history", "spring_session",
            "spring_session_attributes", "shedlock");

    @Autowired
    private DataSource dataSource;

    @Test
    void aRestoredBackupHasEveryTableWithTheSameRowsAndChecksumsAsTheOriginal() throws Exception {
        Path file = Files.createTempFile(Instances.dataDirectory("backup"), "care", ".zip");
        Map<String, String> original;
        DatabaseBackup.Summary written;
        try (Connection writersHeld = dataSource.getConnection()) {
            // the summaries' global lock (V13): no fold or write changes anything until both copies are read
            execute(writersHeld, "select pg_advisory_lock(7301, 0)");
            try (OutputStream out = Files.newOutputStream(file)) {
                written = new DatabaseBackup(dataSource).backup(out);
            }
            original = fingerprints(dataSource);
            execute(writersHeld, "select pg_advisory_unlock(7301, 0)");
        }
        assertThat(written.rows()).containsOnlyKeys(original.keySet().stream()
                .filter(k -> !k.startsWith("sequence ")).toList());
        assertThat(written.rows()).allSatisfy((table, rows) -> assertThat(original.get(table)).startsWith(rows + " "));
        assertThat(written.rows()).as("the demo data is there to compare").containsKeys("member", "talk", "visit")
                .allSatisfy((table, rows) -> {
                    if (Set.of("organization", "member", "talk", "visit", "study_record", "obligation", "app_user",
                            "revinfo", "compliance_member").contains(table)) {
                        assertThat(rows).as(table).isPositive();
                    }
                });

        DataSource fresh = freshDatabase("restore_target", null);
        DatabaseBackup.Summary restored;
        try (InputStream in = Files.newInputStream(file)) {
            restored = new DatabaseBackup(fresh).restore(in);
        }
        assertThat(restored.rows()).isEqualTo(written.rows());
        assertThat(fingerprints(fresh)).isEqualTo(original);
    }

    @Test
    void aBackupIsRefusedByADatabaseOfAnotherSchemaVersionWhichKeepsItsData() throws Exception {
        Path file = Files.createTempFile(Instances.dataDirectory("backup"), "care", ".zip");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DatabaseBackup(dataSource).backup(out);
        }
        DataSource older = freshDatabase("restore_older", "1");
        execute(older, "insert into organization (id, created_at, updated_at, code, name, level, path, depth)"
                + " values (1, now(), now(), 'OLD', '旧库', 'MUNICIPAL', '/1/', 0)");
        try (InputStream in = Files.newInputStream(file)) {
            assertThatThrownBy(() -> new DatabaseBackup(older).restore(in))
                    .isInstanceOf(DatabaseBackup.BackupException.class)
                    .hasMessageContaining("this database is at version 1");
        }
        assertThat(fingerprints(older).get("organization")).as("the older database's own row").startsWith("1 ");
    }

    /** A new database on the same server, migrated by Flyway to the latest version or to {@code target}. */
    private static DataSource freshDatabase(String name, String target) throws SQLException {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties();
        properties.setMode(EmbeddedDatabaseProperties.Mode.EPHEMERAL);
        EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(properties);
        DataSource postgres = new DriverManagerDataSource("jdbc:postgresql://localhost:" + server.port()
                + "/postgres", server.username(), "");
        execute(postgres, "drop database if exists " + name + " with (force)");
        execute(postgres, "create database " + name + " encoding 'UTF8' template template0");
        DataSource fresh = new DriverManagerDataSource("jdbc:postgresql://localhost:" + server.port() + "/" + name,
                server.username(), "");
        var flyway = Flyway.configure().dataSource(fresh).locations("classpath:db/migration");
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
        return fresh;
    }

    /**
     * For every table its row count and the md5 of its rows' text in primary-key order, and every sequence's
     * position: computed here independently of the backup's own checksums.
     */
    private static Map<String, String> fingerprints(DataSource dataSource) throws SQLException {
        Map<String, String> fingerprints = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set timezone = 'UTC'");
            s.execute("set datestyle = 'ISO, YMD'");
            s.execute("set extra_float_digits = 3");
            Map<String, String> orderBy = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("""
                    select c.relname, coalesce((select string_agg(quote_ident(a.attname), ', ' order by k.ord)
                             from pg_index i cross join unnest(i.indkey) with ordinality k(attnum, ord)
                             join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
                            where i.indrelid = c.oid and i.indisprimary), 't::text collate "C"')
                      from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')""")) {
                while (rs.next()) {
                    if (!NOT_DATA.contains(rs.getString(1))) {
                        orderBy.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            for (Map.Entry<String, String> table : orderBy.entrySet()) {
                try (ResultSet rs = s.executeQuery("select count(*) || ' ' || coalesce(md5(string_agg(t::text, "
                        + "E'\\n' order by " + table.getValue() + ")), '-') from " + table.getKey() + " t")) {
                    rs.next();
                    fingerprints.put(table.getKey(), rs.getString(1));
                }
            }
            List<String> sequences = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select relname from pg_class"
                    + " where relnamespace = 'public'::regnamespace and relkind = 'S'")) {
                while (rs.next()) {
                    sequences.add(rs.getString(1));
                }
            }
            for (String sequence : sequences) {
                try (ResultSet rs = s.executeQuery("select last_value || ' ' || is_called from " + sequence)) {
                    rs.next();
                    fingerprints.put("sequence " + sequence, rs.getString(1));
                }
            }
        }
        return fingerprints;
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            execute(c, sql);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
