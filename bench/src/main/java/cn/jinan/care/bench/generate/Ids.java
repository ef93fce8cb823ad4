package cn.jinan.care.bench.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ids taken from the tables' own sequences: each block starts at the sequence's next value and counts up; at the end
 * every sequence is set past the last id given out, so the app (Hibernate reserving 50 at a time) goes on from there.
 */
final class Ids {

    /** The ids of one sequence. */
    static final class Block {
        private final String sequence;
        private final long first;
        private long next;

        Block(String sequence, long first) {
            this.sequence = sequence;
            this.first = first;
            this.next = first;
        }

        long next() {
            return next++;
        }

        /** Ids taken without {@link #next()} (given out as first + i). */
        void skip(long n) {
            next += n;
        }

        long given() {
            return next - first;
        }
    }

    private final Map<String, Block> blocks = new LinkedHashMap<>();

    Block of(Connection connection, String sequence) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select nextval('" + sequence + "')")) {
            rs.next();
            Block block = new Block(sequence, rs.getLong(1));
            blocks.put(sequence, block);
            return block;
        }
    }

    /** Sets each sequence past its block (an increment ahead, so Hibernate's pooled ids start above it). */
    void finish(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (Block b : blocks.values()) {
                st.execute("select setval('" + b.sequence + "', " + (b.next + 50) + ", true)");
            }
        }
    }
}
