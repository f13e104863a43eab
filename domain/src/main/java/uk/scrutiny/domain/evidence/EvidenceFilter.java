package uk.scrutiny.domain.evidence;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.partnership.AgencyCode;

/**
 * Which evidence items to list; a null part matches everything.
 *
 * @param citedInReview only items that some question of this review cites
 * @param text words to look for in the title or document name
 */
public record EvidenceFilter(
        @Nullable EvidenceType type,
        @Nullable AgencyCode owner,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable EvidenceSource source,
        @Nullable Long citedInReview,
        @Nullable String text) {

    public static final EvidenceFilter ALL = new EvidenceFilter(null, null, null, null, null, null, null);
}
