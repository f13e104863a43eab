package uk.scrutiny.batch.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import uk.scrutiny.application.audit.Auditor;
import uk.scrutiny.application.imports.EvidenceFilingService;
import uk.scrutiny.domain.evidence.ContentInspector;
import uk.scrutiny.domain.evidence.EvidenceFiles;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.evidence.StoredFile;
import uk.scrutiny.domain.imports.FileStage;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ImportKind;
import uk.scrutiny.domain.imports.ImportOutcome;
import uk.scrutiny.domain.imports.ImportRuns;
import uk.scrutiny.domain.imports.ScorecardUpload;
import uk.scrutiny.domain.scorecard.ScorecardSubmission;
import uk.scrutiny.domain.scorecard.ScorecardSubmissions;

/**
 * Decides each loaded scorecard in one transaction. A file with any error is rejected whole: what
 * was loaded from it, never shown, is removed. Otherwise every submission loaded from the file
 * becomes the current one for its agency and quarter (the one before stays in the history,
 * superseded), with an evidence item holding a copy of the file, dated at the quarter's end.
 */
@Component
class PublishTasklet implements Tasklet {

    private final InboxFolder inbox;
    private final ImportRuns runs;
    private final ScorecardSubmissions submissions;
    private final EvidenceFilingService filing;
    private final EvidenceFiles files;
    private final ContentInspector inspector;
    private final Auditor auditor;

    PublishTasklet(
            InboxFolder inbox,
            ImportRuns runs,
            ScorecardSubmissions submissions,
            EvidenceFilingService filing,
            EvidenceFiles files,
            ContentInspector inspector,
            Auditor auditor) {
        this.inbox = inbox;
        this.runs = runs;
        this.submissions = submissions;
        this.filing = filing;
        this.files = files;
        this.inspector = inspector;
        this.auditor = auditor;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        long runId = RunFiles.runId(chunk);
        Optional<ImportFile> next = RunFiles.next(
                runs,
                runId,
                f -> f.kind() == ImportKind.SCORECARD && f.stage() == FileStage.CHECKED && f.outcome() == null);
        if (next.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        ImportFile file = next.get();
        int badRows = runs.countRowsWithErrors(file.id());
        int rows = Math.toIntExact(submissions.loadedValues(file.id()) + badRows);
        if (rows == 0 && runs.countIssues(file.id(), false) == 0) {
            runs.addIssues(
                    file.id(),
                    List.of(ImportIssue.ofFile("'" + file.name() + "' has a header row but no figures: "
                            + "add a row for each indicator.")));
        }
        if (runs.countIssues(file.id(), false) > 0) {
            submissions.discardLoading(file.id());
            runs.update(file.decided(ImportOutcome.REJECTED, rows, 0, badRows));
            return RepeatStatus.CONTINUABLE;
        }
        Path path = inbox.resolve(file.path());
        String name =
                runs.upload(file.name()).map(ScorecardUpload::originalName).orElse(file.name());
        StoredFile stored =
                files.store(path, name, inspector.check(path, file.name()).contentType());
        List<ScorecardSubmission> loaded = submissions.loading(file.id());
        for (ScorecardSubmission submission : loaded) {
            EvidenceId evidence =
                    filing.fileScorecard(submission.agency(), submission.quarter(), name, stored, file.submittedBy());
            ScorecardSubmission published = submissions.publish(Objects.requireNonNull(submission.id()), evidence);
            auditor.changed(
                    "scorecard:" + published.agency() + ":" + published.quarter(),
                    published.agency() + " scorecard " + published.quarter(),
                    "submission",
                    null,
                    name + " (" + published.valueCount() + " values), sent by " + file.submittedBy());
        }
        runs.update(file.decided(ImportOutcome.IMPORTED, rows, rows, 0));
        contribution.incrementWriteCount(loaded.size());
        return RepeatStatus.CONTINUABLE;
    }
}
