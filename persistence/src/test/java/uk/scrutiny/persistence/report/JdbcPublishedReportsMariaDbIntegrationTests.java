package uk.scrutiny.persistence.report;

import uk.scrutiny.persistence.OnMariaDb;

@OnMariaDb
class JdbcPublishedReportsMariaDbIntegrationTests extends JdbcPublishedReportsTests {}
