package uk.scrutiny.persistence.scorecard;

import uk.scrutiny.persistence.OnMariaDb;

@OnMariaDb
class JdbcIndicatorsMariaDbIntegrationTests extends JdbcIndicatorsTests {}
