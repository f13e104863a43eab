package uk.scrutiny.architecture.violations.domain.review;

import uk.scrutiny.architecture.violations.domain.evidence.EvidenceCitedByReview;

/** One half of a cycle between the review and evidence features of the domain. */
public class ReviewCitingEvidence {

    public EvidenceCitedByReview evidence;
}
