package cn.jinan.care.persistence.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Plays the app in a JVM of its own for {@link EmbeddedPostgresServerTest}: starts the persistent embedded PostgreSQL
 * on the data directory given as the argument, commits one row, prints {@value #READY} and waits to be killed. Should
 * the test JVM die first, standard input closes and this ends normally, taking its PostgreSQL down with it.
 */
public final class OrphanedServerMain {

    static final String READY = "READY";
    static final String ROW = "written before the kill";

    private OrphanedServerMain() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties();
        properties.setMode(EmbeddedDatabaseProperties.Mode.PERSISTENT);
        properties.setDataDir(Path.of(args[0]));
        EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(properties);
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table t (v text not null)");
            statement.execute("insert into t (v) values ('" + ROW + "')");
        }
        System.out.println(READY);
        System.out.flush();
        while (System.in.read() != -1) {
            // wait for the kill
        }
    }
}
