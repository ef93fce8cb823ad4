package cn.jinan.care.bench.generate;

import cn.jinan.care.bench.Cpu;
import cn.jinan.care.bench.Target;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Builds the Jinan-scale dataset into an empty, migrated database: organizations, members, five years of records and
 * the registers, loaded with COPY while the summary triggers (and foreign-key checks) are off, then the accounts, the
 * sequences moved past the ids used, the summaries built by {@code compliance_build(year)} for every year, and the
 * statistics gathered. Deterministic: the same seed and day give the same rows and ids.
 */
public final class Generator {

    /** Who the generated rows say created them. */
    static final String ACTOR = "generator";

    /** The password of every generated account: the demo accounts' one (a benchmark database is not real data). */
    public static final String PASSWORD = "demo123456";

    /** The number of branch-secretary accounts, {@code secretary1} … (the benchmark's concurrent users). */
    public static final int SECRETARIES = 50;

    /**
     * @param scale  1 is the reference scale (≈ 600,000 members); 0.01 a quick city of ≈ 6,000
     * @param seed   the same seed gives the same city
     * @param today  the last day of records (the five years end on it)
     */
    public record Options(double scale, long seed, LocalDate today) {
    }

    /** What was loaded and how long each step took. */
    public record Report(Map<String, Long> rows, Map<String, Long> millis) {

        public long totalMillis() {
            return millis.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final DataSource dataSource;
    private final Options options;
    private final PrintStream log;
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long stepStart;
    private Cpu stepCpu;
    private long postmaster = -1;

    public Generator(DataSource dataSource, Options options, PrintStream log) {
        this.dataSource = dataSource;
        this.options = options;
        this.log = log;
    }

    public Report run() throws SQLException {
        Window window = Window.endingOn(options.today());
        int members = (int) Math.round(600_000 * options.scale());
        postmaster = Cpu.postmaster(dataSource);
        step();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            Graph graph = Graph.read(c);
            Set<String> loaded = new HashSet<>(List.of("organization", "member", "visit_campaign",
                    "old_member_subsidy_standard", "app_user"));
            for (String[] t : Lives.TABLES) {
                loaded.add(t[0]);
            }
            requireEmpty(c, graph, loaded);
            boolean superuser = Target.isSuperuser(c);
            Map<String, Integer> params = parameters(c, window);
            List<String[]> droppedKeys = new ArrayList<>();
            String setup;
            if (superuser) {
                // the summary triggers and the foreign-key checks are off for these sessions only
                setup = "set session_replication_role = replica; set synchronous_commit = off";
                tune(c, true);
            } else {
                setup = "set synchronous_commit = off";
                droppedKeys = graph.dropKeys(c, loaded);
                try (Statement st = c.createStatement()) {
                    for (String t : loaded) {
                        st.execute("alter table " + t + " disable trigger user");
                    }
                }
                graph = Graph.read(c);
            }
            Ids ids = new Ids();
            SplittableRandom cityRandom = Lives.random(options.seed(), 0, 0);

            // A: the organization tree
            City city = City.build(options.scale(), members, ids.of(c, "organization_seq"), cityRandom);
            try (CopyStream out = new CopyStream(dataSource, "organization", "id, version, created_at, created_by,"
                    + " updated_at, updated_by, code, name, level, parent_id, path, depth, sort_order, active",
                    true, setup)) {
                int created = Days.plusYears(window.start(), -3);
                for (City.Org o : city.orgs) {
                    out.entity(o.id(), created, 540).add(o.code()).add(o.name()).add(o.level())
                            .ref(o.parent() < 0 ? 0 : city.orgs.get(o.parent()).id()).add(o.path()).add(o.depth())
                            .add(o.sortOrder()).add(true);
                    out.end();
                }
                rows.put("organization", out.rows());
            }
            done("organizations");

            // B: the members, branch by branch
            Ids.Block memberIds = ids.of(c, "member_seq");
            People people = new People(memberIds.next(), members);
            memberIds.skip(members - 1);
            try (CopyStream out = new CopyStream(dataSource, "member", People.COLUMNS, true, setup)) {
                int i = 0;
                for (int b = 0; b < city.branches.size(); b++) {
                    SplittableRandom r = Lives.random(options.seed(), 2, b);
                    for (int k = 0; k < city.branches.get(b).size(); k++) {
                        people.make(i++, b, city, window, r, out);
                    }
                }
                rows.put("member", out.rows());
            }
            done("members");

            // C: the yearly Spring Festival campaigns and the old members' subsidy standards
            List<Lives.Campaign> campaigns = new ArrayList<>();
            Map<Integer, Integer> standards = new HashMap<>();
            Ids.Block campaignIds = ids.of(c, "visit_campaign_seq");
            try (CopyStream out = new CopyStream(dataSource, "visit_campaign", "id, version, created_at, created_by,"
                    + " updated_at, updated_by, organization_id, name, window_start, window_end, target_groups, min_age,"
                    + " custom_members, standard_amount, funding_source, status, opened_on, closed_on, notes",
                    false, setup)) {
                for (int y = window.firstYear(); y <= window.lastYear(); y++) {
                    int start = springFestival(y) - 18;
                    int end = springFestival(y) + 6;
                    if (start > window.today()) {
                        continue;
                    }
                    long id = campaignIds.next();
                    int opened = start - 7;
                    boolean closed = end + 10 <= window.today();
                    out.entity(id, opened, 540).add(city.orgs.get(0).id()).add(y + "年春节走访慰问").date(start)
                            .date(end).add("HARDSHIP,AGE_OVER").add(params.get("OLD_MEMBER_VERY_OLD_AGE")).nul()
                            .add(500).add("BUDGET").add(closed ? "CLOSED" : "OPEN").date(opened)
                            .date(closed ? end + 10 : Days.NONE).add("走访慰问困难党员和80岁以上高龄党员");
                    out.end();
                    campaigns.add(new Lives.Campaign(id, start, end, 500));
                }
                rows.put("visit_campaign", out.rows());
            }
            Ids.Block standardIds = ids.of(c, "old_member_subsidy_standard_seq");
            try (CopyStream out = new CopyStream(dataSource, "old_member_subsidy_standard", "id, version, created_at,"
                    + " created_by, updated_at, updated_by, subsidy_year, monthly_amount, funding_source, note", false,
                    setup)) {
                int amount = 600;
                for (int y = window.firstYear(); y <= window.lastYear(); y++) {
                    standards.put(y, amount);
                    out.entity(standardIds.next(), Days.of(y, 1, 1) - 20, 540).add(y).add(amount).add("BUDGET")
                            .add("市委组织部核定");
                    out.end();
                    amount = (int) Math.round(amount * 1.05);
                }
                rows.put("old_member_subsidy_standard", out.rows());
            }
            done("campaigns");

            // D: five years of every member's records, one COPY stream per table, in parallel
            Set<String> phase = new HashSet<>();
            for (String[] t : Lives.TABLES) {
                phase.add(t[0]);
            }
            CopyStream[] out = new CopyStream[Lives.TABLES.length];
            Ids.Block[] blocks = new Ids.Block[Lives.TABLES.length];
            try {
                for (int t = 0; t < out.length; t++) {
                    String table = Lives.TABLES[t][0];
                    blocks[t] = ids.of(c, Lives.TABLES[t][1]);
                    out[t] = new CopyStream(dataSource, table, Lives.TABLES[t][2], graph.mayTruncate(table, phase),
                            setup);
                }
                Lives lives = new Lives(out, blocks, city, people, window, params, campaigns, standards,
                        options.seed());
                for (int i = 0; i < members; i++) {
                    lives.live(i);
                    if (members >= 100_000 && (i + 1) % 100_000 == 0) {
                        log.printf("  %,d members' records written (%,d study records so far)%n", i + 1,
                                out[4].rows());
                    }
                }
                for (CopyStream s : out) {
                    s.close();
                    rows.put(s.table(), s.rows());
                }
            } catch (RuntimeException | SQLException e) {
                for (CopyStream s : out) {
                    if (s != null) {
                        s.abort();
                    }
                }
                throw e;
            }
            done("records");

            // E: the accounts
            rows.put("app_user", (long) accounts(c, ids.of(c, "app_user_seq"), city));
            ids.finish(c);
            if (!superuser) {
                try (Statement st = c.createStatement()) {
                    for (String t : loaded) {
                        st.execute("alter table " + t + " enable trigger user");
                    }
                }
                Graph.restoreKeys(c, droppedKeys);
            }
            done("accounts");

            // F: the summaries, built by the database from the raw records, year by year
            try (Statement st = c.createStatement()) {
                st.execute("set work_mem = '256MB'");
                st.execute("set maintenance_work_mem = '1GB'");
                for (int y = window.firstYear(); y <= window.lastYear(); y++) {
                    st.execute("select compliance_build(" + y + ")");
                    log.printf("  summaries of %d built%n", y);
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "select (select count(*) from compliance_member), (select count(*) from compliance_org)")) {
                rs.next();
                rows.put("compliance_member", rs.getLong(1));
                rows.put("compliance_org", rs.getLong(2));
            }
            done("summaries");
            try (Statement st = c.createStatement()) {
                st.execute("vacuum (analyze)");
                st.execute("checkpoint"); // written out now, so that the server stops quickly
            }
            if (superuser) {
                tune(c, false);
            }
            done("vacuum and analyze");
        }
        return new Report(rows, millis);
    }

    private void step() {
        stepStart = System.nanoTime();
        stepCpu = Cpu.now(postmaster);
    }

    private void done(String what) {
        long ms = (System.nanoTime() - stepStart) / 1_000_000;
        millis.put(what, ms);
        Cpu cpu = Cpu.now(postmaster).minus(stepCpu);
        log.printf("%-20s %,9d ms   (CPU: generator %,7.1f s, PostgreSQL %,7.1f s)%n", what, ms, cpu.jvmSeconds(),
                cpu.postgresSeconds());
        step();
    }

    /** The parameter values in force when the five years start (a fresh database has only the seeded ones). */
    private static Map<String, Integer> parameters(Connection c, Window window) throws SQLException {
        Map<String, Integer> params = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select param_key, param_value from rule_parameter where effective_from <= ? order by effective_from")) {
            ps.setObject(1, Days.date(window.start()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal v = rs.getBigDecimal(2);
                    params.put(rs.getString(1), v.intValue());
                }
            }
        }
        return params;
    }

    /** Refuses a database that holds data: the generator fills an empty one, never mixes with real records. */
    private static void requireEmpty(Connection c, Graph graph, Set<String> loaded) throws SQLException {
        Set<String> tables = new HashSet<>();
        for (String t : loaded) {
            tables.addAll(graph.closure(t));
        }
        try (Statement st = c.createStatement()) {
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("select exists (select 1 from " + t + ")")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        throw new IllegalStateException("The database already holds data (table " + t + " is not"
                                + " empty). The generator fills an empty database: point --data-dir (CARE_DATA_DIR)"
                                + " or SPRING_DATASOURCE_URL at a new one.");
                    }
                }
            }
        }
    }

    /** Bulk-load settings of the server: fewer checkpoints while loading; put back afterwards. */
    private static void tune(Connection c, boolean on) throws SQLException {
        try (Statement st = c.createStatement()) {
            if (on) {
                st.execute("alter system set max_wal_size = '8GB'");
                st.execute("alter system set checkpoint_timeout = '30min'");
            } else {
                st.execute("alter system reset max_wal_size");
                st.execute("alter system reset checkpoint_timeout");
            }
            st.execute("select pg_reload_conf()");
        }
    }

    /** The day of the Spring Festival (春节), 2019–2030. */
    static int springFestival(int year) {
        int[][] days = {{2019, 2, 5}, {2020, 1, 25}, {2021, 2, 12}, {2022, 2, 1}, {2023, 1, 22}, {2024, 2, 10},
            {2025, 1, 29}, {2026, 2, 17}, {2027, 2, 6}, {2028, 1, 26}, {2029, 2, 13}, {2030, 2, 3}};
        for (int[] d : days) {
            if (d[0] == year) {
                return Days.of(d[0], d[1], d[2]);
            }
        }
        return Days.of(year, 2, 1);
    }

    /**
     * The accounts of the benchmark, like the demo's: {@code city} (organization department, whole city),
     * {@code lixia} (organization department, 历下区), {@code admin}, {@code auditor}, and a branch secretary for
     * {@value #SECRETARIES} branches spread over the city ({@code secretary1} has a branch of 历下区).
     */
    private int accounts(Connection c, Ids.Block ids, City city) throws SQLException {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        long root = city.orgs.get(0).id();
        long lixia = city.orgs.get(city.districtOrg[0]).id();
        List<Object[]> accounts = new ArrayList<>();
        accounts.add(new Object[] {"admin", "系统管理员", "ADMIN", root});
        accounts.add(new Object[] {"auditor", "安全审计员", "AUDITOR", root});
        accounts.add(new Object[] {"city", "市委组织部 王明", "ORG_DEPT", root});
        accounts.add(new Object[] {"lixia", "历下区委组织部 李华", "ORG_DEPT", lixia});
        int n = Math.min(SECRETARIES, city.branches.size());
        int step = city.branches.size() / n;
        for (int k = 0; k < n; k++) {
            int b = k * step;
            // a branch of an ordinary size (not the smallest nor the largest)
            for (int tries = 0; tries < step && (city.branches.get(b).size() < 8 || city.branches.get(b).size() > 80);
                    tries++) {
                b = (b + 1) % city.branches.size();
            }
            City.Branch branch = city.branches.get(b);
            accounts.add(new Object[] {"secretary" + (k + 1), "支部书记 " + branch.secretary(), "SECRETARY",
                city.orgs.get(branch.org()).id()});
        }
        try (PreparedStatement ps = c.prepareStatement("insert into app_user (id, version, created_at, created_by,"
                + " updated_at, updated_by, username, display_name, password_hash, role, organization_id, enabled,"
                + " must_change_password, failed_attempts, password_changed_at, counseling_permission)"
                + " values (?, 0, now(), ?, now(), ?, ?, ?, ?, ?, ?, true, false, 0, now(), false)")) {
            for (Object[] a : accounts) {
                ps.setLong(1, ids.next());
                ps.setString(2, ACTOR);
                ps.setString(3, ACTOR);
                ps.setString(4, (String) a[0]);
                ps.setString(5, (String) a[1]);
                ps.setString(6, hash);
                ps.setString(7, (String) a[2]);
                ps.setLong(8, (Long) a[3]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return accounts.size();
    }
}
