package uk.scrutiny.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** Runs a persistence test on this run's MariaDB database ({@link MariaDbTestDatabase}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(MariaDbTestDatabase.class)
@SpringBootTest(
        classes = PersistenceTestApplication.class,
        properties = "spring.liquibase.change-log=classpath:db/changelog/db.changelog-master.yaml")
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
public @interface OnMariaDb {}
