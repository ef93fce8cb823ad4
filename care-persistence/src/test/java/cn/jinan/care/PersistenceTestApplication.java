package cn.jinan.care;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot configuration of the persistence tests. It sits at the root package, as the app's own class does in
 * care-web, so the entities of {@code cn.jinan.care.domain} and the services of {@code cn.jinan.care.persistence} are
 * found without {@code @EntityScan}.
 */
@SpringBootApplication
public class PersistenceTestApplication {
}
