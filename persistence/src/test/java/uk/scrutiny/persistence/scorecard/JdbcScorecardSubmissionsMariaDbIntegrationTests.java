package uk.scrutiny.persistence.scorecard;

import uk.scrutiny.persistence.OnMariaDb;

@OnMariaDb
class JdbcScorecardSubmissionsMariaDbIntegrationTests extends JdbcScorecardSubmissionsTests {
}
