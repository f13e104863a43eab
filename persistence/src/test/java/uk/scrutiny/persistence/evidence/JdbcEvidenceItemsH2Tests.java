package uk.scrutiny.persistence.evidence;

import uk.scrutiny.persistence.OnH2;

@OnH2
class JdbcEvidenceItemsH2Tests extends JdbcEvidenceItemsTests {}
