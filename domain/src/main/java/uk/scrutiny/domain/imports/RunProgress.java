package uk.scrutiny.domain.imports;

import org.jspecify.annotations.Nullable;

/**
 * How far the running import has got: the file it is on and its rows read so far.
 *
 * @param runId the run; none while a run asked for waits to start
 * @param fraction of the current file read, from 0 to 1; {@code null} when unknown
 */
public record RunProgress(
        @Nullable Long runId,
        @Nullable String file,
        long rowsRead,
        @Nullable Double fraction) {}
