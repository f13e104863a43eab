package uk.scrutiny.persistence.report;

import uk.scrutiny.persistence.OnH2;

@OnH2
class JdbcPublishedReportsH2Tests extends JdbcPublishedReportsTests {}
