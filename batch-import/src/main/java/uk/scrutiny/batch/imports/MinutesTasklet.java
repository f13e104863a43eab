package uk.scrutiny.batch.imports;

import java.util.Optional;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import uk.scrutiny.domain.evidence.RejectedFileException;
import uk.scrutiny.domain.imports.FileStage;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ImportKind;
import uk.scrutiny.domain.imports.ImportOutcome;
import uk.scrutiny.domain.imports.ImportRuns;

/**
 * Imports each minutes manifest of the run, one manifest per transaction: its good rows become
 * evidence items, its bad rows are reported; a manifest with both is partly imported.
 */
@Component
class MinutesTasklet implements Tasklet {

    private final InboxFolder inbox;
    private final ImportRuns runs;
    private final MinutesManifestImporter importer;
    private final ImportProgress progress;

    MinutesTasklet(InboxFolder inbox, ImportRuns runs, MinutesManifestImporter importer, ImportProgress progress) {
        this.inbox = inbox;
        this.runs = runs;
        this.importer = importer;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        long runId = RunFiles.runId(chunk);
        Optional<ImportFile> next =
                RunFiles.next(runs, runId, f -> f.kind() == ImportKind.MINUTES && f.stage() == FileStage.FOUND);
        if (next.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        ImportFile file = next.get();
        progress.reading(file.path(), 0, Double.NaN);
        runs.clearIssues(file.id());
        try (IssueBuffer issues = new IssueBuffer(runs, file.id())) {
            ImportFile decided;
            try {
                var result = importer.importManifest(inbox.resolve(file.path()), file.submittedBy(), issues);
                decided = file.decided(
                        outcome(result), result.rows(), result.imported() + result.unchanged(), result.rejected());
            } catch (RejectedFileException e) {
                issues.accept(ImportIssue.ofFile(e.getMessage()));
                decided = file.decided(ImportOutcome.REJECTED, 0, 0, 0);
            }
            runs.update(decided);
        }
        contribution.incrementReadCount();
        return RepeatStatus.CONTINUABLE;
    }

    private static ImportOutcome outcome(MinutesManifestImporter.Result result) {
        int good = result.imported() + result.unchanged();
        if (good == 0) {
            return result.rejected() == 0 && result.rows() > 0 ? ImportOutcome.DUPLICATE : ImportOutcome.REJECTED;
        }
        if (result.rejected() > 0) {
            return ImportOutcome.PARTIAL;
        }
        return result.imported() == 0 ? ImportOutcome.DUPLICATE : ImportOutcome.IMPORTED;
    }
}
