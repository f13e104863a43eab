package uk.scrutiny.persistence.user;

import uk.scrutiny.persistence.OnH2;

@OnH2
class JdbcUsersH2Tests extends JdbcUsersTests {}
