package cn.jinan.care.bench.generate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One table's rows sent by {@code COPY ... FROM STDIN} on a connection of its own. Rows are written as COPY text into
 * a buffer; full buffers go through a short queue to a thread that feeds the server, so the generating thread keeps
 * going while several backends parse and store in parallel. The table is truncated in the same transaction and
 * loaded {@code FREEZE} (rows frozen and the visibility map set, so no vacuum has to revisit 35 million rows); a table
 * that another stream of the same phase references cannot be truncated under it, and is loaded without.
 */
final class CopyStream implements AutoCloseable {

    private static final int CHUNK = 1 << 18;
    private static final byte[] END = new byte[0];

    private final String table;
    private final Connection connection;
    private final CopyIn copy;
    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(8);
    private final Thread writer;
    private final StringBuilder sb = new StringBuilder(CHUNK + 4096);
    private volatile Throwable failure;
    private boolean first = true;
    private long rows;

    CopyStream(DataSource dataSource, String table, String columns, boolean freeze, String sessionSetup)
            throws SQLException {
        this.table = table;
        this.connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.execute(sessionSetup);
            if (freeze) {
                st.execute("truncate " + table + " cascade");
            }
        }
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin" + (freeze ? " with (freeze)" : ""));
        this.writer = new Thread(this::feed, "copy-" + table);
        writer.setDaemon(true);
        writer.start();
    }

    private void feed() {
        try {
            while (true) {
                byte[] chunk = queue.take();
                if (chunk == END) {
                    return;
                }
                copy.writeToCopy(chunk, 0, chunk.length);
            }
        } catch (Throwable e) {
            failure = e;
            queue.clear();
        }
    }

    private void sep() {
        if (first) {
            first = false;
        } else {
            sb.append('\t');
        }
    }

    CopyStream add(long v) {
        sep();
        sb.append(v);
        return this;
    }

    CopyStream add(int v) {
        sep();
        sb.append(v);
        return this;
    }

    /** An id, or NULL when {@code v <= 0}. */
    CopyStream ref(long v) {
        return v <= 0 ? nul() : add(v);
    }

    CopyStream add(boolean v) {
        sep();
        sb.append(v ? 't' : 'f');
        return this;
    }

    CopyStream add(String s) {
        sep();
        if (s == null) {
            sb.append("\\N");
            return this;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return this;
    }

    CopyStream nul() {
        sep();
        sb.append("\\N");
        return this;
    }

    /** A date given as an epoch day; {@link Days#NONE} is NULL. */
    CopyStream date(int day) {
        sep();
        if (day == Days.NONE) {
            sb.append("\\N");
        } else {
            sb.append(Days.text(day));
        }
        return this;
    }

    /** A timestamp with time zone on that day (Beijing time). */
    CopyStream stamp(int day, int minuteOfDay) {
        sep();
        sb.append(Days.text(day)).append(' ');
        int h = minuteOfDay / 60;
        int m = minuteOfDay % 60;
        if (h < 10) {
            sb.append('0');
        }
        sb.append(h).append(':');
        if (m < 10) {
            sb.append('0');
        }
        sb.append(m).append(":00+08");
        return this;
    }

    /** A decimal given in tenths (35 is 3.5). */
    CopyStream tenths(long tenths) {
        sep();
        sb.append(tenths / 10).append('.').append(tenths % 10);
        return this;
    }

    /** The standard leading columns of an entity: id, version, created and updated (at, by). */
    CopyStream entity(long id, int day, int minuteOfDay) {
        add(id).add(0);
        stamp(day, minuteOfDay).add(Generator.ACTOR);
        stamp(day, minuteOfDay).add(Generator.ACTOR);
        return this;
    }

    void end() {
        sb.append('\n');
        first = true;
        rows++;
        if (sb.length() >= CHUNK) {
            flush();
        }
    }

    private void flush() {
        if (sb.isEmpty()) {
            return;
        }
        byte[] chunk = sb.toString().getBytes(StandardCharsets.UTF_8);
        sb.setLength(0);
        put(chunk);
    }

    private void put(byte[] chunk) {
        try {
            while (!queue.offer(chunk, 1, java.util.concurrent.TimeUnit.SECONDS)) {
                check();
            }
            check();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void check() {
        if (failure != null) {
            throw new IllegalStateException("COPY into " + table + " failed: " + failure.getMessage(), failure);
        }
    }

    /** Gives up: the COPY is cancelled and nothing of this table is kept. */
    void abort() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // closing the connection rolls back anyway
        }
        try {
            connection.rollback();
            reset();
            connection.close();
        } catch (SQLException ignored) {
            // already broken
        }
    }

    /** The session settings go back to the defaults: a pooled connection must not keep the triggers off. */
    private void reset() throws SQLException {
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            st.execute("reset all");
        }
    }

    long rows() {
        return rows;
    }

    String table() {
        return table;
    }

    /** Sends the rest, ends the COPY and commits. */
    @Override
    public void close() throws SQLException {
        try {
            flush();
            put(END);
            writer.join();
            check();
            copy.endCopy();
            connection.commit();
            reset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException ignored) {
                    // the connection is closed next
                }
            }
            connection.close();
        }
    }
}
