package uk.scrutiny.domain.evidence;

/** Where an evidence item came from. */
public enum EvidenceSource {
    /** Filed by a person in the application (a file uploaded, or a document recorded by name). */
    UPLOAD("Upload"),
    /** Brought in by the evidence import (a scorecard or a minutes manifest). */
    IMPORT("Import"),
    /** A web address added by a person. */
    LINK("Link");

    private final String label;

    EvidenceSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
