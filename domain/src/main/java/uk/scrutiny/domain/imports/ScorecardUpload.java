package uk.scrutiny.domain.imports;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.partnership.AgencyCode;

/**
 * A scorecard sent from the web page and put in the inbox: who sent it and, for a data officer,
 * the one agency it may hold rows for. The run that imports it checks that again.
 *
 * @param inboxName the generated name it has in {@code inbox/scorecards/}
 * @param originalName the name it was uploaded with, for people to recognise it
 */
public record ScorecardUpload(
        String inboxName,
        String originalName,
        String sha256,
        String submittedBy,
        @Nullable AgencyCode onlyAgency,
        Instant receivedAt) {

    public ScorecardUpload {
        Objects.requireNonNull(inboxName, "inboxName");
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
