package cn.jinan.care.bench;

import cn.jinan.care.bench.generate.Generator;
import cn.jinan.care.bench.load.Benchmark;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@code generate} builds the Jinan-scale dataset; {@code benchmark} measures the app on it. Run through
 * {@code bench/run} (see docs/performance.md for every option).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0 || !List.of("generate", "benchmark", "sql").contains(argv[0])) {
            System.err.println("""
                    usage: bench/run generate  [--scale 1] [--seed 42] [--today yyyy-mm-dd] [--data-dir DIR]
                           bench/run benchmark [--data-dir DIR] [--users 50] [--seconds 30] [--with-tests] ...
                           bench/run sql [--data-dir DIR] "select ..."   (a query on the generated database)
                    The database: SPRING_DATASOURCE_URL (+ _USERNAME, _PASSWORD) or --jdbc-url, else the app's
                    embedded PostgreSQL in --data-dir, CARE_DATA_DIR or ~/.party-care/bench-pgdata.""");
            System.exit(2);
        }
        if (argv[0].equals("sql")) {
            sql(argv);
            return;
        }
        Args args = new Args(argv, 1);
        if (argv[0].equals("generate")) {
            generate(args);
        } else {
            System.exit(new Benchmark(args).run());
        }
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Runs the last argument as SQL and prints the rows, tab-separated. */
    private static void sql(String[] argv) throws Exception {
        Args args = new Args(Arrays.copyOfRange(argv, 1, argv.length - 1), 0);
        DataSource dataSource = Target.from(args).open();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            boolean rows = st.execute(argv[argv.length - 1]);
            while (true) {
                if (rows) {
                    try (ResultSet rs = st.getResultSet()) {
                        int n = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringBuilder line = new StringBuilder();
                            for (int i = 1; i <= n; i++) {
                                line.append(i > 1 ? "\t" : "").append(rs.getString(i));
                            }
                            System.out.println(line);
                        }
                    }
                } else if (st.getUpdateCount() == -1) {
                    break;
                }
                rows = st.getMoreResults();
            }
        }
    }

    private static void generate(Args args) throws Exception {
        Target target = Target.from(args);
        Generator.Options options = new Generator.Options(args.getDouble("scale", 1.0), args.getLong("seed", 42),
                args.has("today") ? LocalDate.parse(args.get("today", null))
                        : LocalDate.now(ZoneId.of("Asia/Shanghai")));
        System.out.printf("Generating the city at scale %s, seed %d, records up to %s, into %s%n", options.scale(),
                options.seed(), options.today(), target.describe());
        long t0 = System.nanoTime();
        double load = loadAverage();
        DataSource dataSource = target.open(Target.BULK_LOAD);
        long postmaster = Cpu.postmaster(dataSource);
        Cpu cpu0 = Cpu.now(postmaster);
        Target.migrate(dataSource);
        Generator.Report report = new Generator(dataSource, options, System.out).run();
        System.out.println();
        for (Map.Entry<String, Long> e : report.rows().entrySet()) {
            System.out.printf("%-28s %,14d rows%n", e.getKey(), e.getValue());
        }
        Cpu cpu = Cpu.now(postmaster).minus(cpu0);
        System.out.printf("%nCPU: generator %,.0f s, PostgreSQL %,.0f s%s (load average %.1f before, %.1f after)%n",
                cpu.jvmSeconds(), cpu.postgresSeconds(), postmaster > 0 ? "" : " (server not on this machine: not counted)",
                load, loadAverage());
        System.out.printf("%nDone in %,d s. Accounts: city, lixia, admin, auditor, secretary1…secretary%d"
                + " (password %s).%n", (System.nanoTime() - t0) / 1_000_000_000L, Generator.SECRETARIES,
                Generator.PASSWORD);
    }
}
