package uk.scrutiny.persistence;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/** What the web application gives this module when its jar is on the classpath: auto-configuration and a scan. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("uk.scrutiny.persistence")
class PersistenceTestApplication {

    /** The web application's clock, which the file storage adapter takes. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
