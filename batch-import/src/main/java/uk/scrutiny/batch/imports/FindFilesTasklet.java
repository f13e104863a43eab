package uk.scrutiny.batch.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import uk.scrutiny.application.security.Actor;
import uk.scrutiny.domain.imports.ImportRuns;
import uk.scrutiny.domain.imports.ScorecardUpload;

/**
 * Registers the run's files: every scorecard and minutes batch ready in the inbox, with its SHA-256
 * and, for a scorecard sent from the web page, who sent it. Files that arrive later wait for the
 * next run; a resumed run keeps the files it found.
 */
@Component
class FindFilesTasklet implements Tasklet {

    private final InboxFolder inbox;
    private final ImportRuns runs;

    FindFilesTasklet(InboxFolder inbox, ImportRuns runs) {
        this.inbox = inbox;
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        long runId = RunFiles.runId(chunk);
        if (!runs.files(runId).isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        for (FoundFile found : inbox.readyFiles(name -> runs.upload(name).isPresent())) {
            String name = found.path().substring(found.path().lastIndexOf('/') + 1);
            ScorecardUpload upload = runs.upload(name).orElse(null);
            Path file = inbox.resolve(found.path());
            runs.addFile(
                    runId,
                    found.path(),
                    found.kind(),
                    InboxFolder.sha256(file),
                    size(file),
                    upload == null ? Actor.SYSTEM.username() : upload.submittedBy(),
                    upload == null ? null : upload.onlyAgency());
            contribution.incrementReadCount();
        }
        return RepeatStatus.FINISHED;
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("'" + file + "' cannot be read: " + e.getMessage(), e);
        }
    }
}
