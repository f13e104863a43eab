package uk.scrutiny.domain.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What an indicator's value counts. */
public enum IndicatorUnit {
    COUNT("count", BigDecimal.ONE),
    PERCENT("percent", BigDecimal.valueOf(100)),
    RATE_PER_10000("rate per 10,000", BigDecimal.valueOf(10_000));

    private final String label;
    private final BigDecimal scale;

    IndicatorUnit(String label, BigDecimal scale) {
        this.label = label;
        this.scale = scale;
    }

    public String label() {
        return label;
    }

    /** The value that numerator/denominator make in this unit, to one decimal place. */
    public BigDecimal fromRatio(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("A denominator must be greater than 0");
        }
        return BigDecimal.valueOf(numerator)
                .multiply(scale)
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
