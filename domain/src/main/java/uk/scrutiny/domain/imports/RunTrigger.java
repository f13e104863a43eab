package uk.scrutiny.domain.imports;

/** What started an import run. */
public enum RunTrigger {
    NIGHTLY("Nightly"),
    ON_DEMAND("Run now"),
    UPLOAD("Scorecard upload"),
    COMMAND_LINE("Command line");

    private final String label;

    RunTrigger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
