package uk.scrutiny.batch.imports;

import java.util.Optional;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import uk.scrutiny.domain.imports.FileStage;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportOutcome;
import uk.scrutiny.domain.imports.ImportRuns;

/**
 * Files each file the run decided on: imported and duplicate files to {@code archive/<date>/},
 * rejected ones to {@code rejected/<date>/}, with {@code <file>.errors.csv} beside any file that has
 * errors or warnings. Where a file goes is recorded before it moves, so a resumed run finishes the move.
 */
@Component
class FileOutcomesTasklet implements Tasklet {

    private final InboxFolder inbox;
    private final ImportRuns runs;

    FileOutcomesTasklet(InboxFolder inbox, ImportRuns runs) {
        this.inbox = inbox;
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        long runId = RunFiles.runId(chunk);
        Optional<ImportFile> next = RunFiles.next(runs, runId, f -> f.stage() == FileStage.DONE);
        if (next.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        ImportFile file = next.get();
        if (file.filedAs() == null) {
            boolean rejected = file.outcome() == ImportOutcome.REJECTED;
            runs.update(file.filingAs(
                    inbox.target(file.path(), file.kind(), rejected, RunFiles.day(RunFiles.run(runs, runId)))));
            return RepeatStatus.CONTINUABLE;
        }
        if (inbox.isWaiting(file.path(), file.kind())) {
            if (runs.countIssues(file.id(), false) + runs.countIssues(file.id(), true) > 0) {
                inbox.writeErrors(file.filedAs(), issue -> runs.forEachIssue(file.id(), issue));
            }
            inbox.move(file.path(), file.kind(), file.filedAs());
        }
        runs.update(file.at(FileStage.FILED));
        contribution.incrementWriteCount(1);
        return RepeatStatus.CONTINUABLE;
    }
}
