package uk.scrutiny.domain.partnership;

/** Whether an agency is one of the three statutory partners or a relevant agency working with them. */
public enum AgencyKind {
    STATUTORY("Statutory partner"),
    RELEVANT("Relevant agency");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
