package uk.scrutiny.persistence.audit;

import uk.scrutiny.persistence.OnMariaDb;

@OnMariaDb
class JdbcAuditTrailMariaDbIntegrationTests extends JdbcAuditTrailTests {}
