package cn.jinan.care.persistence.embedded;

/** Present as a bean when the app runs on the embedded PostgreSQL; demo mode is on by default then. */
public record EmbeddedDatabase(String jdbcUrl, EmbeddedDatabaseProperties.Mode mode) {
}
