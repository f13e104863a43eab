package uk.scrutiny.batch.imports;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.batch.core.scope.context.ChunkContext;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportRun;
import uk.scrutiny.domain.imports.ImportRuns;
import uk.scrutiny.domain.period.UkDates;

/** What the steps share: the run a step belongs to, found from the job's {@code run} parameter. */
final class RunFiles {

    static final String RUN = "run";

    private RunFiles() {}

    static long runId(ChunkContext chunk) {
        Long id = chunk.getStepContext().getStepExecution().getJobParameters().getLong(RUN);
        if (id == null) {
            throw new IllegalStateException("The evidence import job needs the parameter '" + RUN + "'");
        }
        return id;
    }

    static ImportRun run(ImportRuns runs, long runId) {
        return runs.find(runId).orElseThrow(() -> new IllegalStateException("There is no import run " + runId));
    }

    /** The first file of the run that the predicate picks, in the order the run found them. */
    static Optional<ImportFile> next(ImportRuns runs, long runId, Predicate<ImportFile> wanted) {
        return runs.files(runId).stream().filter(wanted).findFirst();
    }

    /** The day a run's files are filed under: the run's own start, so that a resumed run files under the same day. */
    static LocalDate day(ImportRun run) {
        return UkDates.day(run.startedAt());
    }
}
