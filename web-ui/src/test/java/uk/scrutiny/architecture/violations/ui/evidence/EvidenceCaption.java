package uk.scrutiny.architecture.violations.ui.evidence;

import uk.scrutiny.architecture.violations.ui.review.ReviewCaption;

/** The other half of a cycle between the review and evidence features of the UI. */
public record EvidenceCaption(String text) {

    public ReviewCaption forReview() {
        return new ReviewCaption(text);
    }
}
