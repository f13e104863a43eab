package uk.scrutiny.persistence.action;

import uk.scrutiny.persistence.OnMariaDb;

@OnMariaDb
class JdbcRecommendedActionsMariaDbIntegrationTests extends JdbcRecommendedActionsTests {}
