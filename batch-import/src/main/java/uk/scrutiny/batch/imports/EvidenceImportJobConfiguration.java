package uk.scrutiny.batch.imports;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import uk.scrutiny.batch.scorecard.ScorecardFileChecker;
import uk.scrutiny.domain.imports.ImportRuns;
import uk.scrutiny.domain.scorecard.ScorecardSubmissions;

/**
 * The evidence import, one job for scorecards and minutes manifests. Its one parameter, {@code run},
 * is the import's own record of the run; every step is restartable from what it recorded. Why it is
 * shaped so: {@code docs/decisions/0100-evidence-import-runs.md}.
 */
@Configuration
public class EvidenceImportJobConfiguration {

    public static final String NAME = "evidenceImportJob";

    @Bean
    Job evidenceImportJob(
            JobRepository repository,
            Step findFiles,
            Step checkScorecards,
            Step loadScorecards,
            Step importMinutes,
            Step publishScorecards,
            Step fileOutcomes,
            Step writeReport) {
        return new JobBuilder(NAME, repository)
                .start(findFiles)
                .next(checkScorecards)
                .next(loadScorecards)
                .next(importMinutes)
                .next(publishScorecards)
                .next(fileOutcomes)
                .next(writeReport)
                .build();
    }

    @Bean
    Step findFiles(JobRepository repository, PlatformTransactionManager tx, FindFilesTasklet tasklet) {
        return new StepBuilder("findFiles", repository).tasklet(tasklet, tx).build();
    }

    @Bean
    Step checkScorecards(JobRepository repository, PlatformTransactionManager tx, CheckFilesTasklet tasklet) {
        return new StepBuilder("checkScorecards", repository)
                .tasklet(tasklet, tx)
                .build();
    }

    @Bean
    Step loadScorecards(
            JobRepository repository,
            PlatformTransactionManager tx,
            ScorecardLoadReader scorecardLoadReader,
            ImportRuns runs,
            ScorecardSubmissions submissions,
            @Value("${scrutiny.import.chunk-size:10000}") int chunkSize) {
        return new StepBuilder("loadScorecards", repository)
                .<LoadItem, LoadItem>chunk(chunkSize)
                .transactionManager(tx)
                .reader(scorecardLoadReader)
                .writer(new ScorecardValueWriter(runs, submissions))
                .build();
    }

    @Bean
    @StepScope
    ScorecardLoadReader scorecardLoadReader(
            @Value("#{jobParameters['run']}") Long run,
            InboxFolder inbox,
            ImportRuns runs,
            ScorecardFileChecker checker,
            ImportProgress progress) {
        return new ScorecardLoadReader(run, inbox, runs, checker, progress);
    }

    @Bean
    Step importMinutes(JobRepository repository, PlatformTransactionManager tx, MinutesTasklet tasklet) {
        return new StepBuilder("importMinutes", repository).tasklet(tasklet, tx).build();
    }

    @Bean
    Step publishScorecards(JobRepository repository, PlatformTransactionManager tx, PublishTasklet tasklet) {
        return new StepBuilder("publishScorecards", repository)
                .tasklet(tasklet, tx)
                .build();
    }

    @Bean
    Step fileOutcomes(JobRepository repository, PlatformTransactionManager tx, FileOutcomesTasklet tasklet) {
        return new StepBuilder("fileOutcomes", repository).tasklet(tasklet, tx).build();
    }

    @Bean
    Step writeReport(JobRepository repository, PlatformTransactionManager tx, RunReportTasklet tasklet) {
        return new StepBuilder("writeReport", repository).tasklet(tasklet, tx).build();
    }
}
