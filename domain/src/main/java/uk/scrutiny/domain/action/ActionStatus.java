package uk.scrutiny.domain.action;

/** Where a recommended action stands. Open and in-progress actions are carried forward to next year's review. */
public enum ActionStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    DROPPED("Dropped");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOutstanding() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
