package cn.jinan.care.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * CPU seconds spent, which a busy shared machine does not inflate as it does wall time: this JVM's, and the
 * PostgreSQL server's when it runs on this machine (its postmaster, every live process of it and every one that has
 * exited, from /proc; Linux only, else 0).
 */
public record Cpu(double jvmSeconds, double postgresSeconds) {

    private static final double TICKS = 100.0; // USER_HZ on Linux

    /** The postmaster's pid of the server behind the data source, or -1 when it is not on this machine. */
    public static long postmaster(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select setting from pg_settings where name = 'data_directory'")) {
            rs.next();
            Path pidFile = Path.of(rs.getString(1), "postmaster.pid");
            return Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        } catch (SQLException | IOException | RuntimeException e) {
            return -1;
        }
    }

    public static Cpu now(long postmaster) {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        if (postmaster < 0) {
            return new Cpu(jvm, 0);
        }
        double pg = seconds(postmaster);
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            pg += procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToDouble(p -> childSeconds(p, postmaster)).sum();
        } catch (IOException e) {
            // not Linux
        }
        return new Cpu(jvm, pg);
    }

    private static double childSeconds(Path proc, long parent) {
        String[] f = stat(proc);
        return f != null && Long.parseLong(f[1]) == parent ? sum(f) : 0;
    }

    private static double seconds(long pid) {
        String[] f = stat(Path.of("/proc", Long.toString(pid)));
        return f == null ? 0 : sum(f);
    }

    /** The fields after the command: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14). */
    private static String[] stat(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static double sum(String[] f) {
        return (Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]))
                / TICKS;
    }

    public Cpu minus(Cpu before) {
        return new Cpu(jvmSeconds - before.jvmSeconds, postgresSeconds - before.postgresSeconds);
    }
}
