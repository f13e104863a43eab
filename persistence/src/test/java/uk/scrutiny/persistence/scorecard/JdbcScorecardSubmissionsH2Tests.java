package uk.scrutiny.persistence.scorecard;

import uk.scrutiny.persistence.OnH2;

@OnH2
class JdbcScorecardSubmissionsH2Tests extends JdbcScorecardSubmissionsTests {}
