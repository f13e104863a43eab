package uk.scrutiny.batch.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import uk.scrutiny.batch.scorecard.ValidRow;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ImportRuns;
import uk.scrutiny.domain.imports.ScorecardUpload;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.scorecard.ScorecardSubmission;
import uk.scrutiny.domain.scorecard.ScorecardSubmissions;
import uk.scrutiny.domain.scorecard.ScorecardValue;
import uk.scrutiny.domain.scorecard.SubmissionStatus;

/**
 * Stores a chunk of checked rows: good rows as the values of submissions being loaded, one per
 * file, agency and quarter (shown nowhere until the whole file is in and published), and the errors
 * of bad rows with their file.
 */
class ScorecardValueWriter implements ItemWriter<LoadItem> {

    private final ImportRuns runs;
    private final ScorecardSubmissions submissions;

    ScorecardValueWriter(ImportRuns runs, ScorecardSubmissions submissions) {
        this.runs = runs;
        this.submissions = submissions;
    }

    private record Group(long fileId, AgencyCode agency, FinancialQuarter quarter) {}

    @Override
    public void write(Chunk<? extends LoadItem> chunk) {
        Map<Group, List<ScorecardValue>> groups = new LinkedHashMap<>();
        Map<Long, List<ImportIssue>> issues = new LinkedHashMap<>();
        for (LoadItem item : chunk) {
            ValidRow row = item.row();
            if (row != null) {
                groups.computeIfAbsent(new Group(item.fileId(), row.agency(), row.quarter()), g -> new ArrayList<>())
                        .add(row.value());
            }
            if (!item.issues().isEmpty()) {
                issues.computeIfAbsent(item.fileId(), f -> new ArrayList<>()).addAll(item.issues());
            }
        }
        issues.forEach(runs::addIssues);
        groups.forEach((group, values) -> {
            ScorecardSubmission loading = submissions
                    .loading(group.fileId(), group.agency(), group.quarter())
                    .orElseGet(() -> start(group));
            submissions.addValues(Objects.requireNonNull(loading.id()), values);
        });
    }

    private ScorecardSubmission start(Group group) {
        ImportFile file = runs.file(group.fileId()).orElseThrow();
        String name =
                runs.upload(file.name()).map(ScorecardUpload::originalName).orElse(file.name());
        var run = RunFiles.run(runs, file.runId());
        return submissions.startLoading(
                new ScorecardSubmission(
                        null,
                        group.agency(),
                        group.quarter(),
                        name,
                        file.sha256(),
                        run.startedAt(),
                        file.submittedBy(),
                        SubmissionStatus.LOADING,
                        0,
                        null),
                file.id());
    }
}
