package uk.scrutiny.architecture.violations.application.evidence;

import uk.scrutiny.architecture.violations.application.review.ReviewService;

/** The other half of a cycle between the review and evidence features of the application layer. */
public class EvidenceService {

    public ReviewService reviews;

    public boolean hasEvidence() {
        return true;
    }
}
