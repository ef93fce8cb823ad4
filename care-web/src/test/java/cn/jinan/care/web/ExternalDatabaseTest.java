package cn.jinan.care.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.persistence.embedded.EmbeddedDatabase;
import cn.jinan.care.persistence.embedded.EmbeddedDatabaseProperties;
import cn.jinan.care.persistence.embedded.EmbeddedPostgresServer;
import cn.jinan.care.web.demo.DemoMode;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code spring.datasource.url} set, the app uses that PostgreSQL: no embedded server, no demo data. The
 * "external" server here is a separate database on a PostgreSQL that this test starts itself.
 */
@SpringBootTest(properties = {"care.embedded-db.mode=ephemeral", "care.bootstrap.admin-username=firstadmin",
    "care.bootstrap.admin-password=first-Admin-2026"})
class ExternalDatabaseTest {

    private static final String DATABASE = "external_care";

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) throws SQLException {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties();
        properties.setMode(EmbeddedDatabaseProperties.Mode.EPHEMERAL);
        EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(properties);
        String admin = "jdbc:postgresql://localhost:" + server.port() + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, "postgres", "");
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + DATABASE);
                }
            }
        }
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + server.port() + "/" + DATABASE);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @Autowired
    private ApplicationContext context;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private DemoMode demoMode;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void usesTheConfiguredDatabaseAndStartsNoEmbeddedOne() {
        assertThat(context.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
        assertThat(context.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();
        assertThat(((HikariDataSource) dataSource).getJdbcUrl()).endsWith("/" + DATABASE);
        assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo(DATABASE);
    }

    @Test
    void migratesItButLoadsNoDemoData() {
        assertThat(demoMode.enabled()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from member", Integer.class)).isZero();
    }

    @Test
    void theFirstAdministratorComesFromTheEnvironmentAtTheRoot() {
        assertThat(jdbc.queryForList("select u.username || ':' || u.role || ':' || o.code from app_user u"
                + " join organization o on o.id = u.organization_id", String.class))
                .containsExactly("firstadmin:ADMIN:JN");
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'firstadmin'",
                String.class);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("first-Admin-2026");
    }
}
