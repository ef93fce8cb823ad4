package cn.jinan.care.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the persistence services on the embedded PostgreSQL. Every such test has exactly this configuration, so
 * they all share one cached Spring context (and the one embedded server of the JVM). Tests share the database too:
 * each builds its own organization tree ({@link cn.jinan.care.persistence.testdata.TestTrees}) and looks only inside
 * it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
public @interface PersistenceTest {
}
