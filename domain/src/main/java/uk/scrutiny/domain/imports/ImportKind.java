package uk.scrutiny.domain.imports;

/** What an inbox file is: a partner scorecard or a minutes manifest. */
public enum ImportKind {
    SCORECARD("Scorecard"),
    MINUTES("Minutes manifest");

    private final String label;

    ImportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
