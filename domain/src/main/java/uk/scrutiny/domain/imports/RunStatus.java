package uk.scrutiny.domain.imports;

/** Where an import run is: running (or killed while running, until the next run completes it), completed or failed. */
public enum RunStatus {
    RUNNING("Running"),
    COMPLETED("Completed"),
    FAILED("Failed");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
