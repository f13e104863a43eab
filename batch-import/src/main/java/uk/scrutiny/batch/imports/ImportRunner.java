package uk.scrutiny.batch.imports;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import uk.scrutiny.application.security.CurrentActor;
import uk.scrutiny.domain.imports.EvidenceImports;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportLocks;
import uk.scrutiny.domain.imports.ImportRun;
import uk.scrutiny.domain.imports.ImportRuns;
import uk.scrutiny.domain.imports.RunProgress;
import uk.scrutiny.domain.imports.RunStatus;
import uk.scrutiny.domain.imports.RunTrigger;
import uk.scrutiny.domain.scorecard.ScorecardSubmissions;

/**
 * Runs the evidence import, one run at a time across every instance: a run holds the database's
 * import lock from start to end, and an instance that finds it taken leaves the work to the holder.
 *
 * <p>Holding the lock, a run first completes any run that was killed part-way: its job execution is
 * still marked as started, so it is marked failed ({@link JobOperator#recover}) and restarted, and
 * each step carries on from what it recorded. A run that fails on an error (not a kill) is closed as
 * failed: what it had half loaded is removed, and its files stay in the inbox for the next run.
 */
@Component
public class ImportRunner implements EvidenceImports {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);
    private static final int BUSY_RETRIES = 20;
    private static final long BUSY_RETRY_SECONDS = 30;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final ImportRuns runs;
    private final ImportLocks locks;
    private final ScorecardSubmissions submissions;
    private final ImportProgress progress;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("evidence-import").factory());
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("evidence-import-retry").daemon().factory());
    private final AtomicReference<@Nullable Request> pending = new AtomicReference<>();

    public ImportRunner(
            JobOperator jobOperator,
            JobRepository jobRepository,
            Job evidenceImportJob,
            ImportRuns runs,
            ImportLocks locks,
            ScorecardSubmissions submissions,
            ImportProgress progress,
            Clock clock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = evidenceImportJob;
        this.runs = runs;
        this.locks = locks;
        this.submissions = submissions;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * Runs the import now, in this thread, as the system: completes a run that was killed, then
     * runs over the inbox. When another instance holds the lock, does nothing and says so.
     */
    public RunResult runOnce(RunTrigger trigger, String startedBy) {
        return CurrentActor.runAsSystem(() -> {
            Optional<ImportLocks.Held> lock = locks.tryAcquire();
            if (lock.isEmpty()) {
                return new RunResult(
                        List.of(),
                        List.of(),
                        RunResult.FAILED,
                        "Another import is running (on this or another instance); this one did not start.");
            }
            try (ImportLocks.Held held = lock.get()) {
                return runHolding(trigger, startedBy);
            }
        });
    }

    private RunResult runHolding(RunTrigger trigger, String startedBy) {
        List<Long> done = new ArrayList<>();
        String failure = null;
        for (JobExecution stale : jobRepository.findRunningJobExecutions(EvidenceImportJobConfiguration.NAME)) {
            LOG.warn(
                    "Import job execution {} was left running by a process that stopped; marking it failed to resume it",
                    stale.getId());
            jobOperator.recover(stale);
        }
        for (ImportRun unfinished : runs.unfinished()) {
            LOG.info("Resuming import run {}, started {} and not finished", unfinished.id(), unfinished.startedAt());
            failure = firstNonNull(failure, execute(unfinished, true));
            done.add(unfinished.id());
        }
        ImportRun run = runs.start(trigger, startedBy, clock.instant());
        failure = firstNonNull(failure, execute(run, false));
        done.add(run.id());

        List<ImportFile> files =
                done.stream().flatMap(id -> runs.files(id).stream()).toList();
        boolean failed =
                done.stream().map(id -> RunFiles.run(runs, id)).anyMatch(r -> r.status() != RunStatus.COMPLETED);
        boolean rejections =
                files.stream().anyMatch(f -> f.outcome() != null && f.outcome().hasRejections());
        int exit = failed ? RunResult.FAILED : rejections ? RunResult.REJECTIONS : RunResult.OK;
        return new RunResult(done, files, exit, failure);
    }

    private static @Nullable String firstNonNull(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }

    /** Starts (or restarts) the run's job execution and closes the run if it fails; the failure, if any. */
    private @Nullable String execute(ImportRun run, boolean resume) {
        progress.started(run.id());
        JobExecution execution = null;
        try {
            JobParameters parameters =
                    new JobParametersBuilder().addLong(RunFiles.RUN, run.id()).toJobParameters();
            JobExecution last =
                    resume ? jobRepository.getLastJobExecution(EvidenceImportJobConfiguration.NAME, parameters) : null;
            execution = last == null ? jobOperator.start(job, parameters) : jobOperator.restart(last);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return null;
            }
            String failure = describe(execution);
            close(run, execution, failure);
            return failure;
        } catch (Exception e) {
            String failure = "The import run could not be " + (resume ? "resumed" : "started") + ": " + e.getMessage();
            LOG.error(failure, e);
            close(run, execution, failure);
            return failure;
        } finally {
            progress.finished();
        }
    }

    private void close(ImportRun run, @Nullable JobExecution execution, String failure) {
        for (ImportFile file : runs.files(run.id())) {
            submissions.discardLoading(file.id());
        }
        runs.finish(run.id(), RunStatus.FAILED, clock.instant(), failure, null);
        if (execution != null && !execution.getStatus().isRunning()) {
            try {
                jobOperator.abandon(execution);
            } catch (Exception e) {
                LOG.warn("Import job execution {} could not be abandoned: {}", execution.getId(), e.getMessage());
            }
        }
    }

    private static String describe(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        if (failures.isEmpty()) {
            return "The import run ended " + execution.getStatus().name().toLowerCase() + ": "
                    + execution.getExitStatus().getExitDescription();
        }
        Throwable root = failures.getFirst();
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "The import run failed: " + root.getMessage();
    }

    private record Request(RunTrigger trigger, String by, int attempt) {}

    @Override
    public void requestRun(RunTrigger trigger, String requestedBy) {
        request(new Request(trigger, requestedBy, 0));
    }

    private void request(Request request) {
        pending.set(request);
        background.execute(this::drain);
    }

    private void drain() {
        Request request;
        while ((request = pending.getAndSet(null)) != null) {
            progress.waiting();
            try {
                RunResult result = runOnce(request.trigger(), request.by());
                if (result.runs().isEmpty() && request.attempt() < BUSY_RETRIES) {
                    Request again = new Request(request.trigger(), request.by(), request.attempt() + 1);
                    retries.schedule(() -> request(again), BUSY_RETRY_SECONDS, TimeUnit.SECONDS);
                }
            } catch (RuntimeException e) {
                LOG.error("The evidence import failed: {}", e.getMessage(), e);
            } finally {
                progress.finished();
            }
        }
    }

    @Override
    public Optional<RunProgress> progress() {
        Optional<RunProgress> running = progress.current();
        if (running.isEmpty() && pending.get() != null) {
            return Optional.of(new RunProgress(null, null, 0, null));
        }
        return running;
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
        background.shutdown();
        try {
            if (!background.awaitTermination(30, TimeUnit.SECONDS)) {
                background.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            background.shutdownNow();
        }
    }
}
