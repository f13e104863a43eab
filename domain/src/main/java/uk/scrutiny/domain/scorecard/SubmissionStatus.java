package uk.scrutiny.domain.scorecard;

/**
 * Whether a submission's figures are the ones shown, were replaced by a later resubmission, or are
 * still being loaded by the import (never shown until the whole file is in).
 */
public enum SubmissionStatus {
    LOADING("Being imported"),
    CURRENT("Current"),
    SUPERSEDED("Replaced by a later submission");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
