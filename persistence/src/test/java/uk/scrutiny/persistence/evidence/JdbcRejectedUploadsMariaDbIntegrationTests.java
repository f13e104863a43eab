package uk.scrutiny.persistence.evidence;

import uk.scrutiny.persistence.OnMariaDb;

@OnMariaDb
class JdbcRejectedUploadsMariaDbIntegrationTests extends JdbcRejectedUploadsTests {}
