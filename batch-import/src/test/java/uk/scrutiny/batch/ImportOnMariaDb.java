package uk.scrutiny.batch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import uk.scrutiny.persistence.MariaDbTestDatabase;

/** The command line's application on this run's MariaDB test database. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(MariaDbTestDatabase.class)
@SpringBootTest(classes = BatchImportApplication.class, properties = "logging.level.uk.scrutiny=warn")
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
@ActiveProfiles(BatchImportApplication.PROFILE)
public @interface ImportOnMariaDb {}
