package uk.scrutiny.persistence.evidence;

import uk.scrutiny.persistence.OnH2;

@OnH2
class JdbcRejectedUploadsH2Tests extends JdbcRejectedUploadsTests {}
