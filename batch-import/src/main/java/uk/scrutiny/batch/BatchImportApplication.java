package uk.scrutiny.batch;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import uk.scrutiny.domain.period.UkDates;

/**
 * The command line: {@code java -jar batch-import/target/batch-import.jar --inbox=DIR}. It brings up
 * the import, the application services it calls and the database adapters, without the web
 * application, runs one import and exits with its code: 0 when every file was imported or a
 * duplicate, 2 when some file or row was rejected, 1 when the run failed.
 *
 * <p>Its profile keeps it out of the web application, which scans the same packages and runs the
 * import on its own schedule.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
        basePackages = {
            "uk.scrutiny.batch",
            "uk.scrutiny.persistence",
            "uk.scrutiny.application.audit",
            "uk.scrutiny.application.security",
            "uk.scrutiny.application.imports"
        },
        excludeFilters = {
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
            // Another application's configuration (the web application's, a test's) is never this one's.
            @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class)
        })
@EnableMethodSecurity
@Profile(BatchImportApplication.PROFILE)
public class BatchImportApplication {

    /** The profile of the command line; {@code application-import-cli.properties} holds its defaults. */
    public static final String PROFILE = "import-cli";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BatchImportApplication.class);
        application.setAdditionalProfiles(PROFILE);
        application.setWebApplicationType(WebApplicationType.NONE);
        int exitCode;
        try (ConfigurableApplicationContext context = application.run(args)) {
            exitCode = context.getBean(ImportCommandLine.class).run();
        } catch (RuntimeException e) {
            System.err.println("The import could not run: " + rootMessage(e));
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The partnership works in UK time: quarters, "today" and the archive's dates follow it. */
    @Bean
    Clock clock() {
        return Clock.system(UkDates.ZONE);
    }
}
