package uk.scrutiny.architecture.violations.domain.evidence;

import uk.scrutiny.architecture.violations.domain.review.ReviewCitingEvidence;

/** The other half of a cycle between the review and evidence features of the domain. */
public class EvidenceCitedByReview {

    public ReviewCitingEvidence review;
}
