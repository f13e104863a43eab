package uk.scrutiny.persistence.partnership;

import uk.scrutiny.persistence.OnH2;

@OnH2
class JdbcPartnershipH2Tests extends JdbcPartnershipTests {}
