package uk.scrutiny.architecture.violations.domain.review;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Keeps every rule: plain Java with JSpecify, and today's date from the injected clock. */
public class ReviewDeadlines {

    private final Clock clock;

    public ReviewDeadlines(Clock clock) {
        this.clock = clock;
    }

    public boolean isOverdue(@Nullable LocalDate due) {
        return due != null && due.isBefore(LocalDate.now(clock));
    }
}
