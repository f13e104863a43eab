package uk.scrutiny.domain.review;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The grade of one question, with the framework's meaning. Shown always as its word, with a shape
 * beside it where there is room (never by colour alone): the page, the review, the PDF and the Word
 * file all take the word and the shape from here.
 */
public enum RagRating {
    GREEN("Green", "●"),
    AMBER("Amber", "▲"),
    RED("Red", "■");

    /** What an unrated question shows. */
    public static final String NOT_RATED = "Not rated";

    private static final String NOT_RATED_SYMBOL = "○";

    private final String label;
    private final String symbol;

    RagRating(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    /** {@code Green}, {@code Amber}, {@code Red}. */
    public String label() {
        return label;
    }

    /** Green ●, Amber ▲, Red ■: a shape for readers who cannot tell the colours apart. */
    public String symbol() {
        return symbol;
    }

    /** The rating's word, or {@code Not rated}. */
    public static String labelOf(@Nullable RagRating rating) {
        return rating == null ? NOT_RATED : rating.label();
    }

    /** The rating's shape, or ○ when not rated. */
    public static String symbolOf(@Nullable RagRating rating) {
        return rating == null ? NOT_RATED_SYMBOL : rating.symbol();
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
