package uk.scrutiny.batch.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ImportRuns;

/** Stores a file's issues in batches as they are found. */
final class IssueBuffer implements Consumer<ImportIssue>, AutoCloseable {

    private static final int BATCH = 1000;

    private final ImportRuns runs;
    private final long fileId;
    private final List<ImportIssue> pending = new ArrayList<>(BATCH);

    IssueBuffer(ImportRuns runs, long fileId) {
        this.runs = runs;
        this.fileId = fileId;
    }

    @Override
    public void accept(ImportIssue issue) {
        pending.add(issue);
        if (pending.size() == BATCH) {
            flush();
        }
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
