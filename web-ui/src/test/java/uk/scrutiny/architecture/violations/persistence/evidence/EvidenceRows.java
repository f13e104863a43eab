package uk.scrutiny.architecture.violations.persistence.evidence;

import uk.scrutiny.architecture.violations.persistence.review.ReviewRows;

/** The other half of a cycle between the review and evidence features of persistence. */
public class EvidenceRows {

    public ReviewRows reviews;
}
