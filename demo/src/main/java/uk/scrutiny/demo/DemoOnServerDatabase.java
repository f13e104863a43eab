package uk.scrutiny.demo;

/**
 * Lets the demo profile run on a server database (MariaDB, MySQL) instead of refusing to start.
 *
 * <p>For tests only: the end-to-end tests declare this bean to run the browser journeys on a fresh
 * MariaDB test database with the demo data loaded. The application never declares it, and no
 * property, profile or environment variable can, so a real deployment always meets the guard in
 * {@link DemoStartup}.
 *
 * @param reason why demo users may be loaded into this database, written to the log at start-up
 */
public record DemoOnServerDatabase(String reason) {}
