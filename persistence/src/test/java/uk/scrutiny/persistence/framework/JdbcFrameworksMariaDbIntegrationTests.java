package uk.scrutiny.persistence.framework;

import uk.scrutiny.persistence.OnMariaDb;

@OnMariaDb
class JdbcFrameworksMariaDbIntegrationTests extends JdbcFrameworksTests {}
