package uk.scrutiny.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.domain.imports.FileStage;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ImportKind;
import uk.scrutiny.domain.imports.ImportOutcome;
import uk.scrutiny.domain.imports.ImportRun;
import uk.scrutiny.domain.imports.ImportRuns;
import uk.scrutiny.domain.imports.RunStatus;
import uk.scrutiny.domain.imports.RunTrigger;
import uk.scrutiny.domain.imports.ScorecardUpload;
import uk.scrutiny.domain.imports.UploadOutcome;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.persistence.Fixtures;

@Transactional
abstract class JdbcImportRunsTests {

    @Autowired
    ImportRuns runs;

    @Test
    void a_run_is_running_until_it_is_finished() {
        ImportRun run = runs.start(RunTrigger.NIGHTLY, "system", Fixtures.AT);

        assertThat(runs.unfinished()).extracting(ImportRun::id).contains(run.id());
        runs.finish(run.id(), RunStatus.COMPLETED, Fixtures.AT.plusSeconds(5), null, "reports/x-import.json");

        ImportRun finished = runs.find(run.id()).orElseThrow();
        assertThat(finished.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(finished.startedAt()).isEqualTo(Fixtures.AT);
        assertThat(finished.finishedAt()).isEqualTo(Fixtures.AT.plusSeconds(5));
        assertThat(finished.report()).isEqualTo("reports/x-import.json");
        assertThat(runs.unfinished()).extracting(ImportRun::id).doesNotContain(run.id());
        assertThat(runs.find(0, 10)).first().isEqualTo(finished);
    }

    @Test
    void a_file_keeps_its_stage_outcome_counts_and_filing() {
        ImportRun run = runs.start(RunTrigger.COMMAND_LINE, "command line", Fixtures.AT);
        ImportFile found = runs.addFile(
                run.id(),
                "scorecards/police.csv",
                ImportKind.SCORECARD,
                "a".repeat(64),
                269,
                "police.data",
                AgencyCode.of("POLICE"));

        runs.update(found.decided(ImportOutcome.REJECTED, 7, 0, 6).filingAs("rejected/2022-10-01/police.csv"));

        ImportFile saved = runs.file(found.id()).orElseThrow();
        assertThat(saved.stage()).isEqualTo(FileStage.DONE);
        assertThat(saved.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(saved.rowsRead()).isEqualTo(7);
        assertThat(saved.rowsRejected()).isEqualTo(6);
        assertThat(saved.onlyAgency()).isEqualTo(AgencyCode.of("POLICE"));
        assertThat(saved.filedAs()).isEqualTo("rejected/2022-10-01/police.csv");
        assertThat(saved.name()).isEqualTo("police.csv");
        assertThat(runs.files(run.id())).containsExactly(saved);
    }

    @Test
    void thousands_of_issues_are_stored_in_batches_and_read_back_in_row_order() {
        ImportRun run = runs.start(RunTrigger.NIGHTLY, "system", Fixtures.AT);
        ImportFile file =
                runs.addFile(run.id(), "scorecards/big.csv", ImportKind.SCORECARD, "b".repeat(64), 1, "system", null);
        List<ImportIssue> issues = IntStream.rangeClosed(2, 2501)
                .mapToObj(row -> ImportIssue.error(row, "value", "n/a", "'n/a' is not a number"))
                .toList();

        runs.addIssues(file.id(), issues);
        runs.addIssues(file.id(), List.of(ImportIssue.warning(null, "notes", null, "Ignored")));

        assertThat(runs.countIssues(file.id(), false)).isEqualTo(2500);
        assertThat(runs.countIssues(file.id(), true)).isEqualTo(1);
        assertThat(runs.issues(file.id(), 10, 2)).extracting(ImportIssue::row).containsExactly(12, 13);
        List<ImportIssue> all = new ArrayList<>();
        runs.forEachIssue(file.id(), all::add);
        assertThat(all).hasSize(2501).startsWith(issues.getFirst());
        assertThat(all.getLast().warning()).isTrue();
        runs.clearIssues(file.id());
        assertThat(runs.countIssues(file.id(), false)).isZero();
    }

    @Test
    void an_upload_is_listed_for_its_agency_with_what_the_run_made_of_it() {
        runs.addUpload(new ScorecardUpload(
                "upload-1.csv", "police-q2.csv", "c".repeat(64), "police.data", AgencyCode.of("POLICE"), Fixtures.AT));
        runs.addUpload(new ScorecardUpload(
                "upload-2.csv", "la-q2.csv", "d".repeat(64), "officer", null, Fixtures.AT.plusSeconds(1)));
        ImportRun run = runs.start(RunTrigger.UPLOAD, "police.data", Fixtures.AT);
        ImportFile file = runs.addFile(
                run.id(),
                "scorecards/upload-1.csv",
                ImportKind.SCORECARD,
                "c".repeat(64),
                10,
                "police.data",
                AgencyCode.of("POLICE"));
        runs.update(file.decided(ImportOutcome.IMPORTED, 4, 4, 0));

        List<UploadOutcome> police = runs.uploads(AgencyCode.of("POLICE"), 10);

        assertThat(police).singleElement().satisfies(upload -> {
            assertThat(upload.upload().originalName()).isEqualTo("police-q2.csv");
            assertThat(upload.statusLabel()).isEqualTo("Imported");
        });
        assertThat(runs.uploads(null, 10))
                .extracting(u -> u.upload().inboxName())
                .containsExactly("upload-2.csv", "upload-1.csv");
        assertThat(runs.uploads(null, 10).getFirst().statusLabel()).isEqualTo("Waiting to be imported");
        assertThat(runs.upload("upload-2.csv"))
                .map(ScorecardUpload::submittedBy)
                .contains("officer");
    }
}
