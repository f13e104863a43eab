package uk.scrutiny.persistence.partnership;

import uk.scrutiny.persistence.OnMariaDb;

@OnMariaDb
class JdbcPartnershipMariaDbIntegrationTests extends JdbcPartnershipTests {}
