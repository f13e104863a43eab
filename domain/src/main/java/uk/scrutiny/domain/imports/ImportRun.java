package uk.scrutiny.domain.imports;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One run of the evidence import over the inbox. A run killed part-way stays {@link RunStatus#RUNNING}
 * until the next run resumes and completes it.
 */
public record ImportRun(
        long id,
        Instant startedAt,
        @Nullable Instant finishedAt,
        RunStatus status,
        RunTrigger trigger,
        String startedBy,
        @Nullable String failure,
        @Nullable String report) {

    public ImportRun {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(startedBy, "startedBy");
    }
}
