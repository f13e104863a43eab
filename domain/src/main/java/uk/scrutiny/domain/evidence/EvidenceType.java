package uk.scrutiny.domain.evidence;

/** What kind of evidence an item is. */
public enum EvidenceType {
    DOCUMENT("Document"),
    WEB_LINK("Web link"),
    SCORECARD("Scorecard"),
    MINUTES("Minutes"),
    ACTION_LOG("Action log");

    private final String label;

    EvidenceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
