package uk.scrutiny.domain.scorecard;

/** Which way an indicator's value is better. */
public enum Direction {
    HIGHER("Higher is better"),
    LOWER("Lower is better"),
    NEITHER("Neither higher nor lower is better");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
