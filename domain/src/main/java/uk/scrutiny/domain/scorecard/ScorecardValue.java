package uk.scrutiny.domain.scorecard;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.common.Text;

/**
 * One indicator's figure in a submission.
 *
 * <p>Invariants: a missing value has a comment saying why; a numerator is at least 0 and a
 * denominator more than 0.
 */
public record ScorecardValue(
        IndicatorCode indicator,
        Measurement measurement,
        @Nullable Long numerator,
        @Nullable Long denominator,
        @Nullable String comment) {

    public static final int MAX_COMMENT = 2000;

    public ScorecardValue {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(measurement, "measurement");
        comment = Text.optional(comment, "A comment", MAX_COMMENT);
        if (measurement instanceof Measurement.Missing && comment == null) {
            throw new IllegalArgumentException("A missing value needs a comment saying why it is missing");
        }
        if (numerator != null && numerator < 0) {
            throw new IllegalArgumentException("A numerator must be 0 or more");
        }
        if (denominator != null && denominator <= 0) {
            throw new IllegalArgumentException("A denominator must be greater than 0");
        }
    }
}
