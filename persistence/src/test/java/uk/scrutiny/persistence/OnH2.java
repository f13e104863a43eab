package uk.scrutiny.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** Runs a persistence test on H2 in MySQL mode, as the embedded default does. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        classes = PersistenceTestApplication.class,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:scrutiny-test;MODE=MySQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.liquibase.change-log=classpath:db/changelog/db.changelog-master.yaml"
        })
public @interface OnH2 {}
