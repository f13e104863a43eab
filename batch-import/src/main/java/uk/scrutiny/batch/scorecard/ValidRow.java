package uk.scrutiny.batch.scorecard;

import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.scorecard.ScorecardValue;

/** A scorecard row that passed every check: whose figure it is, for which quarter, and the figure. */
public record ValidRow(int row, AgencyCode agency, FinancialQuarter quarter, ScorecardValue value) {}
