package uk.scrutiny.domain.scorecard;

import java.util.Objects;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;

/** One agency's current figure for one indicator in one quarter. */
public record QuarterValue(AgencyCode agency, FinancialQuarter quarter, ScorecardValue value) {

    public QuarterValue {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(value, "value");
    }
}
