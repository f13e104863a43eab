package uk.scrutiny.persistence.evidence;

import uk.scrutiny.persistence.OnMariaDb;

@OnMariaDb
class JdbcEvidenceItemsMariaDbIntegrationTests extends JdbcEvidenceItemsTests {}
