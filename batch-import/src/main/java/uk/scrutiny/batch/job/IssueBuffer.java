package uk.scrutiny.batch.job;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ImportRuns;

/** Stores a file's issues in batches as they are found, and counts the rows that have errors. */
final class IssueBuffer implements Consumer<ImportIssue>, AutoCloseable {

    private static final int BATCH = 1000;

    private final ImportRuns runs;
    private final long fileId;
    private final List<ImportIssue> pending = new ArrayList<>(BATCH);
    private @Nullable Integer lastBadRow;
    private int badRows;
    private long errors;

    IssueBuffer(ImportRuns runs, long fileId) {
        this.runs = runs;
        this.fileId = fileId;
    }

    @Override
    public void accept(ImportIssue issue) {
        if (!issue.warning()) {
            errors++;
            if (issue.row() != null && !issue.row().equals(lastBadRow)) {
                badRows++;
                lastBadRow = issue.row();
            }
        }
        pending.add(issue);
        if (pending.size() == BATCH) {
            flush();
        }
    }

    int badRows() {
        return badRows;
    }

    long errors() {
        return errors;
    }

    private void flush() {
        if (!pending.isEmpty()) {
            runs.addIssues(fileId, List.copyOf(pending));
            pending.clear();
        }
    }

    @Override
    public void close() {
        flush();
    }
}
