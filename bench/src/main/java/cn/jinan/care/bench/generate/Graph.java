package cn.jinan.care.bench.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The foreign keys between tables: what a {@code TRUNCATE ... CASCADE} of a table reaches. */
final class Graph {

    private final Map<String, Set<String>> referencedBy = new HashMap<>();

    static Graph read(Connection c) throws SQLException {
        Graph g = new Graph();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select confrelid::regclass::text, conrelid::regclass::text from pg_constraint where contype = 'f'")) {
            while (rs.next()) {
                g.referencedBy.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
            }
        }
        return g;
    }

    /** The table and every table that references it, directly or not. */
    Set<String> closure(String table) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(table));
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (seen.add(t)) {
                todo.addAll(referencedBy.getOrDefault(t, Set.of()));
            }
        }
        return seen;
    }

    /**
     * Whether a table of a phase may be truncated (and loaded FREEZE) in its own transaction while the phase's other
     * tables load in theirs: only if what its truncation locks is locked by no other table of the phase.
     */
    boolean mayTruncate(String table, Set<String> phase) {
        Set<String> mine = closure(table);
        for (String other : phase) {
            if (!other.equals(table)) {
                for (String t : closure(other)) {
                    if (mine.contains(t)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Drops the foreign keys of these tables (for a user who may not switch the checks off); returns them. */
    List<String[]> dropKeys(Connection c, Set<String> tables) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select conrelid::regclass::text,"
                + " conname, pg_get_constraintdef(oid) from pg_constraint where contype = 'f'")) {
            while (rs.next()) {
                if (tables.contains(rs.getString(1))) {
                    keys.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String[] k : keys) {
                st.execute("alter table " + k[0] + " drop constraint " + k[1]);
            }
        }
        return keys;
    }

    /** Puts the keys back; PostgreSQL checks every row as it does. */
    static void restoreKeys(Connection c, List<String[]> keys) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String[] k : keys) {
                st.execute("alter table " + k[0] + " add constraint " + k[1] + " " + k[2]);
            }
        }
    }
}
