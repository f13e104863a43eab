package uk.scrutiny.architecture.violations.domain.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;

/** Breaks "time comes from an injected clock" in each of the ways the rule looks for. */
public class OverdueCheckOnSystemClock {

    public boolean isOverdue(LocalDate due) {
        return due.isBefore(LocalDate.now());
    }

    public boolean hasStarted(LocalDateTime start) {
        return !start.isAfter(LocalDateTime.now(ZoneId.of("Europe/London")));
    }

    public long stamp() {
        return System.currentTimeMillis();
    }

    public Supplier<Instant> instants() {
        return Instant::now;
    }

    public Clock clock() {
        return Clock.systemDefaultZone();
    }
}
