package uk.scrutiny.architecture.violations.ui.review;

import uk.scrutiny.architecture.violations.ui.evidence.EvidenceCaption;

/** One half of a cycle between the review and evidence features of the UI. */
public record ReviewCaption(String text) {

    public EvidenceCaption forEvidence() {
        return new EvidenceCaption(text);
    }
}
