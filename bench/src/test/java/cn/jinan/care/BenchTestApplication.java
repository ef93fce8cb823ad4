package cn.jinan.care;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot configuration of the generator's test: the persistence services on the embedded PostgreSQL (one
 * ephemeral server for the test JVM, migrated by Flyway), at the root package as the app's own class.
 */
@SpringBootApplication
public class BenchTestApplication {
}
