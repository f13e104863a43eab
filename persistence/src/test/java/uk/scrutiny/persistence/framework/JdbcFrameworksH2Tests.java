package uk.scrutiny.persistence.framework;

import uk.scrutiny.persistence.OnH2;

@OnH2
class JdbcFrameworksH2Tests extends JdbcFrameworksTests {}
