package uk.scrutiny.batch.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportRuns;
import uk.scrutiny.domain.imports.ScorecardUpload;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.scorecard.ScorecardSubmission;
import uk.scrutiny.domain.scorecard.ScorecardSubmissions;
import uk.scrutiny.domain.scorecard.ScorecardValue;
import uk.scrutiny.domain.scorecard.SubmissionStatus;

/**
 * Stores a chunk of checked rows as the values of submissions being loaded, one per file, agency
 * and quarter; the submissions are shown nowhere until the whole file is in and published.
 */
class ScorecardValueWriter implements ItemWriter<LoadItem> {

    private final ImportRuns runs;
    private final ScorecardSubmissions submissions;

    ScorecardValueWriter(ImportRuns runs, ScorecardSubmissions submissions) {
        this.runs = runs;
        this.submissions = submissions;
    }

    private record Group(long fileId, AgencyCode agency, FinancialQuarter quarter) {
    }

    @Override
    public void write(Chunk<? extends LoadItem> chunk) {
        Map<Group, List<ScorecardValue>> groups = new LinkedHashMap<>();
        for (LoadItem item : chunk) {
            groups.computeIfAbsent(new Group(item.fileId(), item.row().agency(), item.row().quarter()), g -> new ArrayList<>())
                    .add(item.row().value());
        }
        groups.forEach((group, values) -> {
            ScorecardSubmission loading = submissions.loading(group.fileId(), group.agency(), group.quarter())
                    .orElseGet(() -> start(group));
            submissions.addValues(java.util.Objects.requireNonNull(loading.id()), values);
        });
    }

    private ScorecardSubmission start(Group group) {
        ImportFile file = runs.file(group.fileId()).orElseThrow();
        String name = runs.upload(file.name()).map(ScorecardUpload::originalName).orElse(file.name());
        var run = RunFiles.run(runs, file.runId());
        return submissions.startLoading(new ScorecardSubmission(null, group.agency(), group.quarter(), name, file.sha256(),
                run.startedAt(), file.submittedBy(), SubmissionStatus.LOADING, 0, null), file.id());
    }
}
