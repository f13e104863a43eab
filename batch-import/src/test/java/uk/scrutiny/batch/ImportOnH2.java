package uk.scrutiny.batch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The command line's application on a fresh in-memory H2 database in MySQL mode. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        classes = BatchImportApplication.class,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:import-test;MODE=MySQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "logging.level.uk.scrutiny=warn"
        })
@ActiveProfiles(BatchImportApplication.PROFILE)
public @interface ImportOnH2 {}
