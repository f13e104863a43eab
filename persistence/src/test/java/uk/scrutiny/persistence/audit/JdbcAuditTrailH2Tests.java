package uk.scrutiny.persistence.audit;

import uk.scrutiny.persistence.OnH2;

@OnH2
class JdbcAuditTrailH2Tests extends JdbcAuditTrailTests {}
