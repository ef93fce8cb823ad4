package cn.jinan.care.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.persistence.embedded.EmbeddedDatabase;
import cn.jinan.care.persistence.embedded.EmbeddedDatabaseProperties;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PersistenceTest
class SchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    EmbeddedDatabase embeddedDatabase;

    @Test
    void testsRunOnTheEphemeralEmbeddedPostgresql() {
        assertThat(embeddedDatabase.mode()).isEqualTo(EmbeddedDatabaseProperties.Mode.EPHEMERAL);
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL ");
    }

    @Test
    void flywayAppliedTheFirstMigration() {
        List<Map<String, Object>> migrations = jdbc.queryForList("""
                select version, description, success from flyway_schema_history
                 where version is not null order by installed_rank
                """);

        assertThat(migrations).isNotEmpty();
        assertThat(migrations.get(0))
                .containsEntry("version", "1")
                .containsEntry("description", "organizations members users")
                .containsEntry("success", true);
        assertThat(migrations).allSatisfy(m -> assertThat(m).containsEntry("success", true));
    }

    @Test
    void hibernateValidatesTheMappingsAgainstTheMigratedSchemaAndChangesNothing() {
        // the context only started because validation passed; this makes sure it was validation that ran
        assertThat(entityManagerFactory.getProperties()).containsEntry("hibernate.hbm2ddl.auto", "validate");
    }
}
