package uk.scrutiny.domain.imports;

/** What became of one file of a run. */
public enum ImportOutcome {
    IMPORTED("Imported"),
    REJECTED("Rejected"),
    DUPLICATE("Duplicate: already imported"),
    /** A minutes manifest some of whose rows were rejected; its good rows were imported. */
    PARTIAL("Partly imported");

    private final String label;

    ImportOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the sender has something to fix. */
    public boolean hasRejections() {
        return this == REJECTED || this == PARTIAL;
    }
}
