package uk.scrutiny.domain.scorecard;

import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;

/** Every scorecard received, with its values. */
public interface ScorecardSubmissions {

    /**
     * Stores a valid submission whole and makes it the current one for its agency and quarter;
     * the one it replaces, if any, becomes {@link SubmissionStatus#SUPERSEDED}.
     */
    ScorecardSubmission add(ScorecardSubmission submission, List<ScorecardValue> values);

    Optional<ScorecardSubmission> find(long id);

    Optional<ScorecardSubmission> current(AgencyCode agency, FinancialQuarter quarter);

    /** An agency's submissions, newest first; {@code null} for every agency. */
    List<ScorecardSubmission> history(@org.jspecify.annotations.Nullable AgencyCode agency);

    List<ScorecardValue> values(long submissionId);

    /** A submission with exactly these bytes, if one was received before. */
    Optional<ScorecardSubmission> findBySha256(String sha256);
}
