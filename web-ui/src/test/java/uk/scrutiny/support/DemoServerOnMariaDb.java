package uk.scrutiny.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import uk.scrutiny.demo.DemoOnServerDatabase;

/**
 * The whole application on a random port on a real MariaDB server, on a fresh database of its own
 * ({@link DemoMariaDbDatabase}), with the production profile's settings ({@code mysql}) and the same
 * demo data and demo users as on the embedded database. The demo profile refuses a server database;
 * this test waives that by declaring {@link DemoOnServerDatabase}, which nothing outside the tests can.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(DemoMariaDbDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = DemoMariaDbDatabase.class)
@ActiveProfiles({"test", "mysql", "demo"})
@Import({SignedIn.class, DemoServerOnMariaDb.DemoOnThisTestDatabase.class})
public @interface DemoServerOnMariaDb {

    /** The waiver of the demo profile's guard, for this test database only. */
    @TestConfiguration(proxyBeanMethods = false)
    class DemoOnThisTestDatabase {

        @Bean
        DemoOnServerDatabase demoOnMariaDbTestDatabase() {
            return new DemoOnServerDatabase("the end-to-end tests run on a fresh MariaDB test database");
        }
    }
}
