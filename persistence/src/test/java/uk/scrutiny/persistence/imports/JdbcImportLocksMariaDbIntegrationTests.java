package uk.scrutiny.persistence.imports;

import uk.scrutiny.persistence.OnMariaDb;

@OnMariaDb
class JdbcImportLocksMariaDbIntegrationTests extends JdbcImportLocksTests {}
