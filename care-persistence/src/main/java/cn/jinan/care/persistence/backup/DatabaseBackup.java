package cn.jinan.care.persistence.backup;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A logical backup of the application's database, and its restore into a database of the same schema version.
 *
 * <p>The backup is a zip file: {@code manifest.properties} (the schema version, and for every table its row count and
 * checksum) and one file per table in PostgreSQL's COPY text format, all read in one repeatable-read snapshot, so the
 * copy is consistent as {@code pg_dump}'s is while the app keeps running. Sequences' positions are kept too.
 *
 * <p>The restore replaces every table's rows in one transaction and commits only when every table's row count and
 * checksum equal the manifest's. It runs with {@code session_replication_role = replica}, so neither foreign keys nor
 * triggers fire while rows arrive in any order (the compliance summaries are restored as they were, not recomputed):
 * it needs a superuser, or a role granted {@code SET} on that parameter. Flyway's history, the HTTP sessions and the
 * job locks are not data: the target keeps its own history and locks, and its sessions are cleared (everyone signs
 * in again).
 */
public class DatabaseBackup {

    static final String MANIFEST = "manifest.properties";
    static final String FORMAT = "party-care-backup-1";
    private static final Set<String> NOT_DATA = Set.of("flyway_schema_history", "spring_session",
            "spring_session_attributes", "shedlock");
    private static final Set<String> CLEARED_ON_RESTORE = Set.of("spring_session_attributes", "spring_session");
    /** The compliance summaries' global lock (migration V13): held, no write or fold changes the tables meanwhile. */
    private static final String SUMMARIES_LOCK = "select pg_advisory_xact_lock(7301, 0)";

    private final DataSource dataSource;

    public DatabaseBackup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What a backup holds, or what a restore put back. */
    public record Summary(String schemaVersion, Map<String, Long> rows) {

        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Writes a consistent copy of every table to {@code out} (which is left open). */
    public Summary backup(OutputStream out) throws IOException {
        return inTransaction("The backup failed: ", c -> {
            // one snapshot for every table, as pg_dump takes it
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            Properties manifest = manifest(c);
            ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
                @Override
                public void close() throws IOException {
                    flush(); // the caller closes its own stream
                }
            }, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(zip, "party care backup: row counts and checksums of every table");
            zip.closeEntry();
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : manifest.getProperty("tables").split(",")) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                copy.copyOut("copy " + quote(table) + " to stdout", zip);
                zip.closeEntry();
            }
            zip.close();
            return summary(manifest);
        });
    }

    private static Properties manifest(Connection c) throws SQLException {
        stableText(c);
        Properties manifest = new Properties();
        manifest.setProperty("format", FORMAT);
        manifest.setProperty("created-at", Instant.now().toString());
        manifest.setProperty("schema-version", schemaVersion(c));
        List<String> tables = tables(c);
        manifest.setProperty("tables", String.join(",", tables));
        for (String table : tables) {
            Checksum sum = checksum(c, table);
            manifest.setProperty("rows." + table, Long.toString(sum.rows()));
            manifest.setProperty("md5." + table, sum.md5());
        }
        List<String> sequences = sequences(c);
        manifest.setProperty("sequences", String.join(",", sequences));
        for (String sequence : sequences) {
            manifest.setProperty("sequence." + sequence, sequencePosition(c, sequence));
        }
        return manifest;
    }

    /**
     * Replaces the data of this database with the backup's. The database must be at the backup's schema version
     * (migrated by the same release of the app); nothing is changed unless every table comes back whole.
     */
    public Summary restore(InputStream in) throws IOException {
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        ZipEntry first = zip.getNextEntry();
        if (first == null || !first.getName().equals(MANIFEST)) {
            throw new BackupException("Not a party care backup: " + MANIFEST + " is not its first entry");
        }
        Properties manifest = new Properties();
        manifest.load(new NonClosing(zip));
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new BackupException("Unknown backup format " + manifest.getProperty("format"));
        }
        return inTransaction("The restore failed, nothing was changed: ", c -> {
            restore(c, manifest, zip);
            return summary(manifest);
        });
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException, IOException;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    private <T> T inTransaction(String failure, Work<T> work) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new BackupException(failure + e.getMessage(), e);
        }
    }

    private void restore(Connection c, Properties manifest, ZipInputStream zip) throws SQLException, IOException {
        String version = schemaVersion(c);
        if (!version.equals(manifest.getProperty("schema-version"))) {
            throw new BackupException("The backup is of schema version " + manifest.getProperty("schema-version")
                    + " and this database is at version " + version + ": restore it with the release of the app that"
                    + " made it (into a new, empty database), then start the newer release, which upgrades it");
        }
        List<String> tables = List.of(manifest.getProperty("tables").split(","));
        if (!Set.copyOf(tables(c)).equals(Set.copyOf(tables))) {
            throw new BackupException("The backup's tables differ from this database's: " + tables);
        }
        stableText(c);
        try (Statement s = c.createStatement()) {
            try {
                s.execute("set local session_replication_role = replica");
            } catch (SQLException e) {
                throw new BackupException("A restore needs a superuser (or a role granted SET on the parameter"
                        + " session_replication_role): " + e.getMessage(), e);
            }
            s.execute(SUMMARIES_LOCK);
            List<String> cleared = new ArrayList<>(tables);
            cleared.addAll(CLEARED_ON_RESTORE);
            s.execute("truncate " + String.join(", ", cleared.stream().map(DatabaseBackup::quote).toList()));
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String name = entry.getName();
            String table = name.substring("tables/".length(), name.length() - ".copy".length());
            if (!name.startsWith("tables/") || !tables.contains(table)) {
                throw new BackupException("Unexpected entry in the backup: " + name);
            }
            copy.copyIn("copy " + quote(table) + " from stdin", new NonClosing(zip));
        }
        for (String table : tables) {
            Checksum sum = checksum(c, table);
            if (sum.rows() != Long.parseLong(manifest.getProperty("rows." + table))
                    || !sum.md5().equals(manifest.getProperty("md5." + table))) {
                throw new BackupException("Table " + table + " did not come back as it was backed up ("
                        + sum.rows() + " rows, " + manifest.getProperty("rows." + table) + " expected)");
            }
        }
        String sequences = manifest.getProperty("sequences", "");
        for (String sequence : sequences.isEmpty() ? List.<String>of() : List.of(sequences.split(","))) {
            String[] position = manifest.getProperty("sequence." + sequence).split(",");
            try (PreparedStatement set = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                set.setString(1, quote(sequence));
                set.setLong(2, Long.parseLong(position[0]));
                set.setBoolean(3, Boolean.parseBoolean(position[1]));
                set.execute();
            }
        }
    }

    /** The same text for the same values in every session: rows are compared as text. */
    private static void stableText(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set local timezone = 'UTC'");
            s.execute("set local datestyle = 'ISO, YMD'");
            s.execute("set local intervalstyle = 'postgres'");
            s.execute("set local extra_float_digits = 3");
            s.execute("set local bytea_output = 'hex'");
        }
    }

    private static String schemaVersion(Connection c) throws SQLException {
        List<String> versions = strings(c, "select version from flyway_schema_history"
                + " where success and version is not null order by installed_rank desc limit 1");
        if (versions.isEmpty()) {
            throw new BackupException("The database has no schema yet (no Flyway history)");
        }
        return versions.get(0);
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>(strings(c, "select relname from pg_class"
                + " where relnamespace = 'public'::regnamespace and relkind in ('r', 'p') order by relname"));
        tables.removeAll(NOT_DATA);
        return tables;
    }

    private static List<String> sequences(Connection c) throws SQLException {
        return strings(c, "select relname from pg_class where relnamespace = 'public'::regnamespace"
                + " and relkind = 'S' order by relname");
    }

    private static String sequencePosition(Connection c, String sequence) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select last_value, is_called from " + quote(sequence))) {
            rs.next();
            return rs.getLong(1) + "," + rs.getBoolean(2);
        }
    }

    record Checksum(long rows, String md5) {
    }

    /** Row count and the md5 of every row's text, in byte order of that text. */
    static Checksum checksum(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*), coalesce(md5(string_agg(t::text, E'\\n'"
                        + " order by t::text collate \"C\")), '') from " + quote(table) + " t")) {
            rs.next();
            return new Checksum(rs.getLong(1), rs.getString(2));
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static Summary summary(Properties manifest) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : manifest.getProperty("tables").split(",")) {
            rows.put(table, Long.parseLong(manifest.getProperty("rows." + table)));
        }
        return new Summary(manifest.getProperty("schema-version"), rows);
    }

    /** Lets a reader consume one zip entry without closing the zip. */
    private static final class NonClosing extends FilterInputStream {

        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the zip stays open for the next entry
        }
    }

    /** A backup or restore that could not be done; the message says why. */
    public static class BackupException extends RuntimeException {

        public BackupException(String message) {
            super(message);
        }

        public BackupException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
