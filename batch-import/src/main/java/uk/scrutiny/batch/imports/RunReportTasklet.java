package uk.scrutiny.batch.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ImportRun;
import uk.scrutiny.domain.imports.ImportRuns;
import uk.scrutiny.domain.imports.RunStatus;
import uk.scrutiny.domain.period.UkDates;

/**
 * Writes {@code reports/<timestamp>-import.json}: the run, and for each file its outcome, counts,
 * errors and warnings, written one at a time however many there are. Then the run is complete.
 */
@Component
class RunReportTasklet implements Tasklet {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(UkDates.ZONE);

    private final InboxFolder inbox;
    private final ImportRuns runs;
    private final Clock clock;

    RunReportTasklet(InboxFolder inbox, ImportRuns runs, Clock clock) {
        this.inbox = inbox;
        this.runs = runs;
        this.clock = clock;
    }

    static String reportName(ImportRun run) {
        return STAMP.format(run.startedAt()) + "-run" + run.id() + "-import.json";
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        long runId = RunFiles.runId(chunk);
        ImportRun run = RunFiles.run(runs, runId);
        Instant finished = clock.instant();
        String name = reportName(run);
        Path folder = inbox.reports();
        Path report = folder.resolve(name);
        try {
            Files.createDirectories(folder);
            Path partial = folder.resolve(name + ".partial");
            try (OutputStream out = Files.newOutputStream(partial);
                    JsonGenerator json = JsonMapper.shared().createGenerator(out)) {
                json.writeStartObject();
                json.writeNumberProperty("run", run.id());
                json.writeStringProperty("started", run.startedAt().toString());
                json.writeStringProperty("finished", finished.toString());
                json.writeStringProperty("status", RunStatus.COMPLETED.name());
                json.writeStringProperty("trigger", run.trigger().name());
                json.writeName("files");
                json.writeStartArray();
                for (ImportFile file : runs.files(runId)) {
                    writeFile(json, file);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            Files.move(partial, report, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("The run report " + report + " could not be written: " + e.getMessage(), e);
        }
        runs.finish(runId, RunStatus.COMPLETED, finished, null, InboxFolder.REPORTS + "/" + name);
        return RepeatStatus.FINISHED;
    }

    private void writeFile(JsonGenerator json, ImportFile file) {
        json.writeStartObject();
        json.writeStringProperty("file", file.path());
        json.writeStringProperty("kind", file.kind().name());
        json.writeStringProperty(
                "outcome", file.outcome() == null ? null : file.outcome().name());
        json.writeNumberProperty("rowsRead", file.rowsRead());
        json.writeNumberProperty("rowsImported", file.rowsImported());
        json.writeNumberProperty("rowsRejected", file.rowsRejected());
        json.writeStringProperty("sha256", file.sha256());
        json.writeStringProperty("submittedBy", file.submittedBy());
        json.writeStringProperty("filedAs", file.filedAs());
        json.writeName("errors");
        json.writeStartArray();
        runs.forEachIssue(file.id(), issue -> {
            if (!issue.warning()) {
                writeIssue(json, issue);
            }
        });
        json.writeEndArray();
        json.writeName("warnings");
        json.writeStartArray();
        runs.forEachIssue(file.id(), issue -> {
            if (issue.warning()) {
                writeIssue(json, issue);
            }
        });
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeIssue(JsonGenerator json, ImportIssue issue) {
        json.writeStartObject();
        if (issue.row() == null) {
            json.writeNullProperty("row");
        } else {
            json.writeNumberProperty("row", issue.row());
        }
        json.writeStringProperty("column", issue.column());
        json.writeStringProperty("value", issue.value());
        json.writeStringProperty("reason", issue.reason());
        json.writeEndObject();
    }
}
