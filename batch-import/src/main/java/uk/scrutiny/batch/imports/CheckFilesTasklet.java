package uk.scrutiny.batch.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import uk.scrutiny.batch.scorecard.ScorecardFileChecker;
import uk.scrutiny.batch.scorecard.ScorecardFileReader;
import uk.scrutiny.domain.evidence.RejectedFileException;
import uk.scrutiny.domain.imports.FileStage;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ImportKind;
import uk.scrutiny.domain.imports.ImportOutcome;
import uk.scrutiny.domain.imports.ImportRuns;
import uk.scrutiny.domain.scorecard.ScorecardSubmissions;

/**
 * Looks at each scorecard of the run before its rows are read, one file per transaction: a file
 * sent before (the same bytes) is a duplicate; a file whose bytes are not what its name claims, that
 * cannot be opened, or whose header lacks a required column is rejected with the reason; any other
 * waits to be checked row by row and loaded.
 */
@Component
class CheckFilesTasklet implements Tasklet {

    private final InboxFolder inbox;
    private final ImportRuns runs;
    private final ScorecardSubmissions submissions;
    private final ScorecardFileChecker checker;

    CheckFilesTasklet(
            InboxFolder inbox, ImportRuns runs, ScorecardSubmissions submissions, ScorecardFileChecker checker) {
        this.inbox = inbox;
        this.runs = runs;
        this.submissions = submissions;
        this.checker = checker;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        long runId = RunFiles.runId(chunk);
        Optional<ImportFile> next =
                RunFiles.next(runs, runId, f -> f.kind() == ImportKind.SCORECARD && f.stage() == FileStage.FOUND);
        if (next.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        ImportFile file = next.get();
        runs.clearIssues(file.id());
        runs.update(check(file, runId));
        contribution.incrementReadCount();
        return RepeatStatus.CONTINUABLE;
    }

    private ImportFile check(ImportFile file, long runId) {
        Path path = inbox.resolve(file.path());
        if (!Files.isRegularFile(path)) {
            runs.addIssues(file.id(), List.of(ImportIssue.ofFile("The file left the inbox before it could be read.")));
            return file.decided(ImportOutcome.REJECTED, 0, 0, 0);
        }
        if (isDuplicate(file, runId)) {
            return file.decided(ImportOutcome.DUPLICATE, 0, 0, 0);
        }
        String name = file.name();
        if (!ScorecardFileReader.isScorecardName(name)) {
            runs.addIssues(
                    file.id(),
                    List.of(ImportIssue.ofFile("'" + name + "' is not a scorecard file: send a CSV file "
                            + "(.csv) or an Excel workbook (.xlsx).")));
            return file.decided(ImportOutcome.REJECTED, 0, 0, 0);
        }
        try {
            List<ImportIssue> opening = checker.checkOpening(path, name);
            runs.addIssues(file.id(), opening);
            if (opening.stream().anyMatch(issue -> !issue.warning())) {
                return file.decided(ImportOutcome.REJECTED, 0, 0, 0);
            }
            return file.checked(0);
        } catch (RejectedFileException e) {
            runs.addIssues(file.id(), List.of(ImportIssue.ofFile(e.getMessage())));
            return file.decided(ImportOutcome.REJECTED, 0, 0, 0);
        }
    }

    /** The same bytes were imported before, or an earlier file of this run has them. */
    private boolean isDuplicate(ImportFile file, long runId) {
        if (submissions.findBySha256(file.sha256()).isPresent()) {
            return true;
        }
        return runs.files(runId).stream()
                .filter(other -> other.id() < file.id() && other.kind() == ImportKind.SCORECARD)
                .filter(other -> other.sha256().equals(file.sha256()))
                .anyMatch(other -> other.outcome() != ImportOutcome.REJECTED);
    }
}
