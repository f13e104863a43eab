package uk.scrutiny.domain.scorecard;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.evidence.EvidenceId;
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
    List<ScorecardSubmission> history(@Nullable AgencyCode agency);

    List<ScorecardValue> values(long submissionId);

    /** A submission with exactly these bytes, if one was received before. */
    Optional<ScorecardSubmission> findBySha256(String sha256);

    /**
     * Starts a submission that the import fills chunk by chunk: it is {@link SubmissionStatus#LOADING}
     * and shown nowhere until {@link #publish}.
     *
     * @param importFileId the import's record of the file the values come from
     */
    ScorecardSubmission startLoading(ScorecardSubmission submission, long importFileId);

    /** The submission being loaded from a file for an agency and quarter, if started. */
    Optional<ScorecardSubmission> loading(long importFileId, AgencyCode agency, FinancialQuarter quarter);

    /** Every submission being loaded from a file. */
    List<ScorecardSubmission> loading(long importFileId);

    /** How many values have been loaded from a file so far. */
    long loadedValues(long importFileId);

    /** Adds values to a submission being loaded, all in one go (one statement, or a few batches), and counts them. */
    void addValues(long submissionId, List<ScorecardValue> values);

    /**
     * Makes a loaded submission the current one for its agency and quarter, superseding the one
     * before, with its count of values and its evidence item.
     */
    ScorecardSubmission publish(long submissionId, EvidenceId evidence);

    /** Removes what was loaded from a file whose run failed; nothing of it was ever shown. */
    void discardLoading(long importFileId);

    /**
     * The values of the current submissions for the quarters from {@code first} to {@code last},
     * for one agency or (with {@code null}) every agency, ordered by indicator, agency and quarter.
     */
    List<QuarterValue> currentValues(FinancialQuarter first, FinancialQuarter last, @Nullable AgencyCode agency);
}
