package uk.scrutiny.persistence.imports;

import uk.scrutiny.persistence.OnH2;

@OnH2
class JdbcImportLocksH2Tests extends JdbcImportLocksTests {}
