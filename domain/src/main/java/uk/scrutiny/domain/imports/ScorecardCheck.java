package uk.scrutiny.domain.imports;

import java.util.List;
import java.util.Set;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;

/**
 * What checking a scorecard file found, before anything of it is stored: its data rows, every
 * error (the first {@link #MAX_LISTED} listed, all counted), warnings, and the agencies and
 * quarters its good rows are for.
 *
 * @param foreignRows rows for an agency the sender may not send for
 */
public record ScorecardCheck(
        int rows,
        List<ImportIssue> errors,
        long errorCount,
        List<ImportIssue> warnings,
        Set<AgencyCode> agencies,
        Set<FinancialQuarter> quarters,
        int foreignRows) {

    /** How many errors a check lists; a file with more has them all in its error report. */
    public static final int MAX_LISTED = 1000;

    public ScorecardCheck {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        agencies = Set.copyOf(agencies);
        quarters = Set.copyOf(quarters);
    }

    public boolean isValid() {
        return errorCount == 0;
    }
}
