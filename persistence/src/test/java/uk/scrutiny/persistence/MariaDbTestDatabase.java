package uk.scrutiny.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A fresh MariaDB (or MySQL) database for one test run: created before the first test that needs
 * it, dropped when the run ends. Use it as both a JUnit extension and a Spring context
 * initializer, which points {@code spring.datasource.*} at it:
 *
 * <pre>{@code
 * @ExtendWith(MariaDbTestDatabase.class)
 * @SpringBootTest
 * @ContextConfiguration(initializers = MariaDbTestDatabase.class)
 * }</pre>
 *
 * <p>The server is {@code jdbc:mysql://127.0.0.1:3306/} (system property
 * {@value #SERVER_URL_PROPERTY}), user root, no password. When it cannot be reached the tests fail,
 * saying how to start it: they are never skipped.
 *
 * <p>All the test classes that use this class share one database. A test whose data would disturb
 * theirs (or theirs it) takes a database of its own through a subclass that names its purpose:
 *
 * <pre>{@code
 * public class DemoDatabase extends MariaDbTestDatabase {
 *     public DemoDatabase() {
 *         super("demo");
 *     }
 * }
 * }</pre>
 */
public class MariaDbTestDatabase
        implements TestInstancePreConstructCallback, ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String SERVER_URL_PROPERTY = "scrutiny.test.mariadb.url";

    private static final String SERVER_URL = System.getProperty(SERVER_URL_PROPERTY, "jdbc:mysql://127.0.0.1:3306/");
    private static final String PARAMETERS =
            "rewriteBatchedStatements=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    private static final String USERNAME = "root";
    private static final String PASSWORD = "";

    private static final String SHARED = "shared";
    private static final Pattern PURPOSE = Pattern.compile("[a-z]{1,20}");
    /** The JDBC URL of each purpose's database, while it exists. */
    private static final Map<String, String> URLS = new ConcurrentHashMap<>();

    private final String purpose;

    /** The database that this run's test classes share. */
    public MariaDbTestDatabase() {
        this.purpose = SHARED;
    }

    /**
     * A database of its own for the test classes that use this subclass: created, like the shared one,
     * before the first of them and dropped when the run ends.
     *
     * @param purpose a few lower-case letters, which name the database
     */
    protected MariaDbTestDatabase(String purpose) {
        if (!PURPOSE.matcher(purpose).matches() || purpose.equals(SHARED)) {
            throw new IllegalArgumentException(
                    "A MariaDB test database's purpose is a few lower-case letters other than '" + SHARED + "': "
                            + purpose);
        }
        this.purpose = purpose;
    }

    /** The JDBC URL of this run's shared database; the extension must have created it. */
    public static String url() {
        return url(SHARED);
    }

    /** The JDBC URL of the database that this extension (or subclass) created. */
    public final String databaseUrl() {
        return url(purpose);
    }

    private static String url(String purpose) {
        String created = URLS.get(purpose);
        if (created == null) {
            throw new IllegalStateException(
                    "No MariaDB test database for " + purpose + " yet: annotate the test class with"
                            + " @ExtendWith of the same MariaDbTestDatabase class as its context's initializer");
        }
        return created;
    }

    /** Before each test instance, so that a missing server shows as failed tests, not as none run. */
    @Override
    public final void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.create(MariaDbTestDatabase.class))
                .computeIfAbsent(purpose, key -> Database.create(purpose), Database.class)
                .require();
    }

    @Override
    public final void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.datasource.url=" + databaseUrl(),
                        "spring.datasource.username=" + USERNAME,
                        "spring.datasource.password=" + PASSWORD)
                .applyTo(context);
    }

    /** This run's database, or why there is none; closed by JUnit when the run ends. */
    private record Database(
            String purpose, String name, @Nullable String problem) implements AutoCloseable {

        static Database create(String purpose) {
            String name = "scrutiny_test_" + (purpose.equals(SHARED) ? "" : purpose + "_")
                    + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            try (Connection connection =
                            DriverManager.getConnection(SERVER_URL + "?connectTimeout=5000", USERNAME, PASSWORD);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
            } catch (SQLException e) {
                return new Database(
                        purpose,
                        name,
                        "MariaDB is not reachable at " + SERVER_URL + " as " + USERNAME + " with no password ("
                                + String.valueOf(e.getMessage())
                                        .lines()
                                        .findFirst()
                                        .orElse("") + "). Start it with"
                                + " 'start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd' (or install it:"
                                + " 'apt-get install -y mariadb-server && service mariadb start'), or point -D"
                                + SERVER_URL_PROPERTY
                                + " at another server.");
            }
            URLS.put(purpose, SERVER_URL + name + "?" + PARAMETERS);
            return new Database(purpose, name, null);
        }

        void require() {
            if (problem == null) {
                return;
            }
            throw new IllegalStateException(
                    problem + " The tests that need MariaDB fail without it; they are never skipped.");
        }

        @Override
        public void close() throws SQLException {
            if (problem != null) {
                return;
            }
            URLS.remove(purpose);
            try (Connection connection = DriverManager.getConnection(SERVER_URL, USERNAME, PASSWORD);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            }
        }
    }
}
