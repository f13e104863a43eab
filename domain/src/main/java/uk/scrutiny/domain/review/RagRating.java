package uk.scrutiny.domain.review;

import java.util.Locale;

/**
 * The grade of one question, with the framework's meaning. Shown always as its word (never by
 * colour alone).
 */
public enum RagRating {
    GREEN("Green"),
    AMBER("Amber"),
    RED("Red");

    private final String label;

    RagRating(String label) {
        this.label = label;
    }

    /** {@code Green}, {@code Amber}, {@code Red}. */
    public String label() {
        return label;
    }

    /** Reads {@code green}, {@code Amber}, {@code RED} or {@code G}/{@code A}/{@code R}. */
    public static RagRating parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (RagRating r : values()) {
            if (r.name().equals(t) || r.name().substring(0, 1).equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("'" + text.strip() + "' is not a rating: use Green, Amber or Red");
    }
}
