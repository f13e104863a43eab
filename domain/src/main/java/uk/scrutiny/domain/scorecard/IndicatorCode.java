package uk.scrutiny.domain.scorecard;

import java.util.Locale;

/** An indicator's code in the catalogue, e.g. {@code CP-PLANS-RATE}. Upper case. */
public record IndicatorCode(String value) implements Comparable<IndicatorCode> {

    public IndicatorCode {
        if (value == null || !value.matches("^[A-Z][A-Z0-9-]{0,39}$")) {
            throw new IllegalArgumentException(
                    "An indicator code is capital letters, digits and '-', starting with a letter: '" + value + "'");
        }
    }

    public static IndicatorCode of(String text) {
        return new IndicatorCode(text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public int compareTo(IndicatorCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
