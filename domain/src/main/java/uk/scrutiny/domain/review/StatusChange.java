package uk.scrutiny.domain.review;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A move of a review from one status to another: who, when, and for a reopening why. */
public record StatusChange(
        ReviewStatus from,
        ReviewStatus to,
        Instant at,
        String by,
        @Nullable String reason) {

    public StatusChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }
}
