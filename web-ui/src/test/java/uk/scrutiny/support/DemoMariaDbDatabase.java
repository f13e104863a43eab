package uk.scrutiny.support;

import uk.scrutiny.persistence.MariaDbTestDatabase;

/**
 * A MariaDB test database of its own for the application with the demo data, apart from the shared
 * one, where the production profile's test expects no demo data and a first manager of its own.
 */
public class DemoMariaDbDatabase extends MariaDbTestDatabase {

    public DemoMariaDbDatabase() {
        super("demo");
    }
}
