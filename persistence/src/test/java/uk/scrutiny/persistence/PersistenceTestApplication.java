package uk.scrutiny.persistence;

import java.time.Clock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import uk.scrutiny.domain.period.UkDates;

/**
 * What the web application gives this module when its jar is on the classpath: auto-configuration,
 * a scan, and the clock (in UK time, as the application's).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("uk.scrutiny.persistence")
public class PersistenceTestApplication {

    @Bean
    Clock clock() {
        return Clock.system(UkDates.ZONE);
    }
}
