package uk.scrutiny.persistence.user;

import uk.scrutiny.persistence.OnMariaDb;

@OnMariaDb
class JdbcUsersMariaDbIntegrationTests extends JdbcUsersTests {}
