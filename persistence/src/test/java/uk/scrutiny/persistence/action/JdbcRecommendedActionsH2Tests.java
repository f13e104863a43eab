package uk.scrutiny.persistence.action;

import uk.scrutiny.persistence.OnH2;

@OnH2
class JdbcRecommendedActionsH2Tests extends JdbcRecommendedActionsTests {}
