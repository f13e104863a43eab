package uk.scrutiny.domain.scorecard;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.common.Sha256;
import uk.scrutiny.domain.common.Text;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;

/**
 * One agency's scorecard for one quarter, as sent in one file. A later valid file for the same
 * agency and quarter supersedes it; earlier submissions stay in the history with who sent them.
 */
public record ScorecardSubmission(
        @Nullable Long id,
        AgencyCode agency,
        FinancialQuarter quarter,
        String fileName,
        String sha256,
        Instant receivedAt,
        String submittedBy,
        SubmissionStatus status,
        int valueCount,
        @Nullable EvidenceId evidence) {

    public ScorecardSubmission {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(quarter, "quarter");
        fileName = Text.required(fileName, "A file name", 255);
        Sha256.require(sha256);
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(status, "status");
    }
}
