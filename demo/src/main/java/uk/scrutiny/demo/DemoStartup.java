package uk.scrutiny.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo profile is for the embedded database only: it refuses to start on any other, so that
 * demo users never reach a production database. Only a test can waive that, by declaring a
 * {@link DemoOnServerDatabase} bean. When the application is ready it prints the address and the
 * demo sign-ins.
 */
@Component
@Profile("demo")
class DemoStartup {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStartup.class);

    DemoStartup(DataSource dataSource, ObjectProvider<DemoOnServerDatabase> testWaiver) throws SQLException {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        if (!"H2".equals(product)) {
            DemoOnServerDatabase waiver = testWaiver.getIfAvailable();
            if (waiver != null) {
                LOG.warn("The demo data and demo users load on {}: {}", product, waiver.reason());
                return;
            }
            throw new IllegalStateException("The demo profile loads demo users and is for the embedded database only; "
                    + "it cannot run on " + product + ". Start with SPRING_PROFILES_ACTIVE=mysql instead.");
        }
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort()
                : 8080;
        String signIns = DemoData.DEMO_USERNAMES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> String.format("    %-24s %s", e.getKey().label(), e.getValue()))
                .collect(Collectors.joining("\n"));
        LOG.info("""

                Safeguarding Scrutiny is running on the embedded database with demo data.
                Open http://localhost:{}/ and sign in as one of these (password: {}):
                {}
                """, port, DemoData.DEMO_PASSWORD, signIns);
    }
}
