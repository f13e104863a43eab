package uk.scrutiny.e2e;

import org.junit.jupiter.api.Nested;
import uk.scrutiny.support.DemoServerOnMariaDb;

/**
 * The browser journeys of the embedded database's end-to-end tests, on a real MariaDB server with the
 * same demo data: signing in and reading the seed review, the scrutiny workspace for each role, and the
 * administration. All three share one running application.
 */
@DemoServerOnMariaDb
class WorkspaceMariaDbEndToEndTests {

    @Nested
    class SigningIn extends SignInJourneys {}

    @Nested
    class Workspace extends WorkspaceJourneys {}

    @Nested
    class Administration extends AdministrationJourneys {}
}
