package uk.scrutiny.domain.scorecard;

import java.util.Locale;
import java.util.Optional;

/**
 * The symbols published government statistics use in place of a number. A symbol is stored as
 * such: it is not a zero, not an error and not a missing value, and every view shows the symbol.
 */
public enum SuppressionSymbol {
    C("c", "confidential: small numbers withheld"),
    LOW("low", "rounds to zero but is not zero"),
    K("k", "rounds to zero but is not zero (older symbol)"),
    U("u", "low reliability"),
    X("x", "not available"),
    Z("z", "not applicable");

    private final String symbol;
    private final String meaning;

    SuppressionSymbol(String symbol, String meaning) {
        this.symbol = symbol;
        this.meaning = meaning;
    }

    public String symbol() {
        return symbol;
    }

    public String meaning() {
        return meaning;
    }

    /** The symbol written in any case, surrounding spaces ignored. */
    public static Optional<SuppressionSymbol> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (SuppressionSymbol s : values()) {
            if (s.symbol.equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
