package uk.scrutiny.persistence;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/** What the web application gives this module when its jar is on the classpath: auto-configuration and a scan. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("uk.scrutiny.persistence")
class PersistenceTestApplication {
}
