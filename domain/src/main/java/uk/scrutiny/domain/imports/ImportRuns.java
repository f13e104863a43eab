package uk.scrutiny.domain.imports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.partnership.AgencyCode;

/** The record of every import run, its files and their issues. */
public interface ImportRuns {

    ImportRun start(RunTrigger trigger, String startedBy, Instant at);

    void finish(long runId, RunStatus status, Instant at, @Nullable String failure, @Nullable String report);

    Optional<ImportRun> find(long runId);

    /** Newest first. */
    List<ImportRun> find(int offset, int limit);

    long count();

    /** Runs not finished: running now, or killed while running. */
    List<ImportRun> unfinished();

    ImportFile addFile(
            long runId,
            String path,
            ImportKind kind,
            String sha256,
            long size,
            String submittedBy,
            @Nullable AgencyCode onlyAgency);

    /** Saves the file's stage, outcome, counts and filing. */
    void update(ImportFile file);

    Optional<ImportFile> file(long fileId);

    /** A run's files in the order it found them. */
    List<ImportFile> files(long runId);

    /** Stores issues of a file in batches. */
    void addIssues(long fileId, List<ImportIssue> issues);

    /** Forgets a file's issues, so that a check resumed after a crash can record them again. */
    void clearIssues(long fileId);

    List<ImportIssue> issues(long fileId, int offset, int limit);

    long countIssues(long fileId, boolean warnings);

    /** How many rows of a file have at least one error. */
    int countRowsWithErrors(long fileId);

    /** Every issue of a file in row order, one at a time, however many there are. */
    void forEachIssue(long fileId, Consumer<ImportIssue> action);

    void addUpload(ScorecardUpload upload);

    Optional<ScorecardUpload> upload(String inboxName);

    /**
     * Uploads newest first, each with the file record of the run that handled it (none while it waits).
     *
     * @param agency only uploads restricted to this agency; {@code null} for every upload
     */
    List<UploadOutcome> uploads(@Nullable AgencyCode agency, int limit);
}
