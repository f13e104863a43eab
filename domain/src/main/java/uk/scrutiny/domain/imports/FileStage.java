package uk.scrutiny.domain.imports;

/**
 * How far a run has taken a file; each stage is recorded when it is done, so that a run resumed
 * after a crash carries on from there: {@code FOUND → CHECKED → DONE → FILED}.
 */
public enum FileStage {
    /** Registered for the run; nothing read yet. */
    FOUND,
    /** Content and every row checked; a valid scorecard waits to be loaded. */
    CHECKED,
    /** The outcome is decided and stored. */
    DONE,
    /** Moved to the archive or rejected folder. */
    FILED
}
