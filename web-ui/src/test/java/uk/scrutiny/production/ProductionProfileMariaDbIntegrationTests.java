package uk.scrutiny.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import uk.scrutiny.ScrutinyApplication;
import uk.scrutiny.demo.DemoData;
import uk.scrutiny.domain.framework.Frameworks;
import uk.scrutiny.domain.partnership.Agencies;
import uk.scrutiny.domain.review.Reviews;
import uk.scrutiny.domain.scorecard.Indicators;
import uk.scrutiny.domain.user.Role;
import uk.scrutiny.domain.user.Users;
import uk.scrutiny.persistence.MariaDbTestDatabase;

/**
 * The whole application on a real MariaDB server with the production profile: the schema and
 * reference data load, no demo data and no demo users appear, the first manager is created from
 * configuration, and the demo profile refuses to start there.
 */
@ExtendWith(MariaDbTestDatabase.class)
@SpringBootTest(
        properties = {
            "scrutiny.first-manager.password=a-long-first-password",
            "scrutiny.storage.dir=${java.io.tmpdir}/scrutiny-production-test"
        })
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
@ActiveProfiles("mysql")
class ProductionProfileMariaDbIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Users users;

    @Autowired
    Reviews reviews;

    @Autowired
    Agencies agencies;

    @Autowired
    Indicators indicators;

    @Autowired
    Frameworks frameworks;

    @Test
    void the_reference_data_loads_and_no_demo_data_does() {
        assertThat(agencies.all()).hasSize(7);
        assertThat(indicators.all()).hasSize(18);
        assertThat(frameworks.latestVersions())
                .singleElement()
                .satisfies(f -> assertThat(f.questionCount()).isEqualTo(12));
        assertThat(reviews.all()).isEmpty();
        assertThat(context.getBeansOfType(DemoData.class)).isEmpty();
    }

    @Test
    void the_first_manager_is_the_only_user() {
        assertThat(users.all()).singleElement().satisfies(u -> {
            assertThat(u.username()).isEqualTo("manager");
            assertThat(u.role()).isEqualTo(Role.MANAGER);
            assertThat(u.passwordHash()).startsWith("{bcrypt}");
        });
    }

    @Test
    void the_demo_profile_refuses_to_start_on_mariadb() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ScrutinyApplication.class)
                        .profiles("demo")
                        .run(
                                "--spring.datasource.url=" + MariaDbTestDatabase.url(),
                                "--spring.datasource.username=root",
                                "--spring.datasource.password=",
                                "--server.port=0")
                        .close())
                .hasStackTraceContaining("The demo profile loads demo users and is for the embedded database only");
    }
}
