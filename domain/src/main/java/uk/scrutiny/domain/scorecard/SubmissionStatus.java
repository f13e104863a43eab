package uk.scrutiny.domain.scorecard;

/** Whether a submission's figures are the ones shown, or were replaced by a later resubmission. */
public enum SubmissionStatus {
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
