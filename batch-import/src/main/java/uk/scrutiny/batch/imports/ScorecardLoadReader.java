package uk.scrutiny.batch.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import uk.scrutiny.batch.files.SheetRow;
import uk.scrutiny.batch.files.SheetRows;
import uk.scrutiny.batch.scorecard.ScorecardCatalogue;
import uk.scrutiny.batch.scorecard.ScorecardFileChecker;
import uk.scrutiny.batch.scorecard.ScorecardFileReader;
import uk.scrutiny.batch.scorecard.ScorecardRowValidator;
import uk.scrutiny.batch.scorecard.ValidRow;
import uk.scrutiny.domain.evidence.RejectedFileException;
import uk.scrutiny.domain.imports.FileStage;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ImportKind;
import uk.scrutiny.domain.imports.ImportRuns;

/**
 * Reads the rows of the run's scorecards, file after file, streaming, and checks each against every
 * rule as it goes: a good row becomes a figure to store, a bad one its errors. The file is checked
 * and loaded in one pass; one with any error is rejected whole when the step is over, and its
 * figures, never shown, are removed.
 *
 * <p>The reading and checking run a little ahead, on a thread of their own, while the step stores
 * the chunk before: on two cores the parsing of the next rows and the database's work on the last
 * ones overlap. The step still sees the rows one at a time and in order.
 *
 * <p>Its place (the file and the rows the step has taken from it) is saved with every chunk that
 * commits, so that a run resumed after a crash carries on at the first row not yet stored: no row
 * is lost and none is stored twice. The rows before that place are read again through the check,
 * unreported, so that a duplicate of one of them is still found.
 */
class ScorecardLoadReader implements ItemStreamReader<LoadItem> {

    private static final Logger LOG = LoggerFactory.getLogger(ScorecardLoadReader.class);
    static final String FILE = "load.file";
    static final String ROWS = "load.rows";
    /** Rows handed over at a time: one hand-over per row would cost the two threads more than the row. */
    private static final int BATCH = 1_000;
    /** Batches read ahead at most. */
    private static final int AHEAD = 20;

    private final InboxFolder inbox;
    private final ImportRuns runs;
    private final ScorecardFileChecker checker;
    private final ImportProgress progress;
    private final long runId;

    private List<ImportFile> files = List.of();
    /** The file of the last row the step took, and how many of its rows it has taken; -1 before the first. */
    private int index = -1;

    private int rowsTaken;
    /** Whether the step has taken the file's last row (or the reason the rest of it cannot be read). */
    private boolean fileFinished;

    private @Nullable RowsAhead ahead;
    private @Nullable Thread aheadThread;
    private int startIndex;
    private int startRows;

    ScorecardLoadReader(
            long runId, InboxFolder inbox, ImportRuns runs, ScorecardFileChecker checker, ImportProgress progress) {
        this.runId = runId;
        this.inbox = inbox;
        this.runs = runs;
        this.checker = checker;
        this.progress = progress;
    }

    /** What the reading thread hands the step: a row of a file, the end of a file, the end of all, or what went wrong. */
    private sealed interface Ahead {}

    private record Row(int fileIndex, int rowNumber, boolean lastOfFile, LoadItem item) implements Ahead {}

    private record FileEnd(int fileIndex) implements Ahead {}

    private record End() implements Ahead {}

    private record Failure(RuntimeException problem) implements Ahead {}

    @Override
    public void open(ExecutionContext context) {
        files = runs.files(runId).stream()
                .filter(f -> f.kind() == ImportKind.SCORECARD && f.stage() == FileStage.CHECKED && f.outcome() == null)
                .toList();
        startIndex = 0;
        startRows = 0;
        if (context.containsKey(FILE)) {
            long fileId = context.getLong(FILE);
            for (int i = 0; i < files.size(); i++) {
                if (files.get(i).id() == fileId) {
                    index = i;
                    startIndex = i;
                    startRows = context.getInt(ROWS);
                    rowsTaken = startRows;
                    fileFinished = startRows == Integer.MAX_VALUE;
                }
            }
        }
    }

    @Override
    public @Nullable LoadItem read() {
        RowsAhead reading = ahead;
        if (reading == null) {
            reading = new RowsAhead(files, startIndex, startRows, files.isEmpty() ? null : checker.catalogue());
            ahead = reading;
            Thread thread = Thread.ofPlatform()
                    .name("scorecard-reader-" + runId)
                    .daemon()
                    .unstarted(reading);
            aheadThread = thread;
            thread.start();
        }
        while (true) {
            Ahead next = reading.take();
            switch (next) {
                case Row row -> {
                    index = row.fileIndex();
                    rowsTaken = row.rowNumber();
                    fileFinished = row.lastOfFile();
                    return row.item();
                }
                case FileEnd end -> {
                    index = end.fileIndex();
                    fileFinished = true;
                }
                case End end -> {
                    return null;
                }
                case Failure failure -> throw failure.problem();
            }
        }
    }

    @Override
    public void update(ExecutionContext context) {
        if (index >= 0 && index < files.size()) {
            context.putLong(FILE, files.get(index).id());
            context.putInt(ROWS, fileFinished ? Integer.MAX_VALUE : rowsTaken);
        }
    }

    @Override
    public void close() {
        Thread thread = aheadThread;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        aheadThread = null;
        ahead = null;
    }

    /** Reads and checks the rows, from a place in a file on, into a queue of a bounded length. */
    private final class RowsAhead implements Runnable {

        private final BlockingQueue<List<Ahead>> queue = new ArrayBlockingQueue<>(AHEAD);
        private List<Ahead> pending = new ArrayList<>(BATCH);
        private Iterator<Ahead> taking = Collections.emptyIterator();
        private final List<ImportFile> files;
        private final int firstFile;
        private final int skipRows;
        private final @Nullable ScorecardCatalogue catalogue;

        RowsAhead(List<ImportFile> files, int firstFile, int skipRows, @Nullable ScorecardCatalogue catalogue) {
            this.files = files;
            this.firstFile = firstFile;
            this.skipRows = skipRows;
            this.catalogue = catalogue;
        }

        Ahead take() {
            try {
                while (!taking.hasNext()) {
                    taking = queue.take().iterator();
                }
                return taking.next();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The import was interrupted while reading its scorecards", e);
            }
        }

        @Override
        public void run() {
            try {
                for (int i = firstFile; i < files.size(); i++) {
                    readFile(i, i == firstFile ? skipRows : 0);
                }
                put(new End());
            } catch (InterruptedException e) {
                // The step is over (closed early by a failure elsewhere): nobody is waiting for the rows.
            } catch (RuntimeException e) {
                try {
                    put(new Failure(e));
                } catch (InterruptedException stopped) {
                    // As above.
                }
            }
        }

        /** Hands over the rows so far with this one when it ends something, or when there are enough of them. */
        private void put(Ahead next) throws InterruptedException {
            pending.add(next);
            if (pending.size() >= BATCH || !(next instanceof Row row) || row.lastOfFile()) {
                queue.put(pending);
                pending = new ArrayList<>(BATCH);
            }
        }

        private void readFile(int fileIndex, int skip) throws InterruptedException {
            if (skip == Integer.MAX_VALUE) {
                return;
            }
            ImportFile file = files.get(fileIndex);
            ScorecardRowValidator validator =
                    new ScorecardRowValidator(Objects.requireNonNull(catalogue), file.onlyAgency());
            SheetRows rows;
            try {
                rows = ScorecardFileReader.open(inbox.resolve(file.path()), file.name());
            } catch (RejectedFileException e) {
                if (skip == 0) {
                    put(new Row(
                            fileIndex,
                            0,
                            true,
                            new LoadItem(file.id(), null, List.of(ImportIssue.ofFile(e.getMessage())))));
                }
                return;
            }
            try (rows) {
                int read = 0;
                try {
                    SheetRow row;
                    while (read < skip && (row = rows.next()) != null) {
                        read++;
                        validator.check(row, issue -> {});
                    }
                    if (skip > 0) {
                        LOG.info("Resuming the load of {} after row {} of its data", file.path(), read);
                    }
                } catch (RejectedFileException e) {
                    // Its reason was stored with the rows before; the rest of the file is not read again.
                    return;
                }
                while (true) {
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                    SheetRow row;
                    try {
                        row = rows.next();
                    } catch (RejectedFileException e) {
                        put(new Row(
                                fileIndex,
                                read,
                                true,
                                new LoadItem(file.id(), null, List.of(ImportIssue.ofFile(e.getMessage())))));
                        return;
                    }
                    if (row == null) {
                        put(new FileEnd(fileIndex));
                        return;
                    }
                    read++;
                    if (read % 10_000 == 0) {
                        progress.reading(file.path(), read, rows.progress());
                        LOG.debug("Loading {}: {} rows read", file.path(), read);
                    }
                    List<ImportIssue> issues = new ArrayList<>(0);
                    ValidRow valid = validator.check(row, issues::add);
                    put(new Row(fileIndex, read, false, new LoadItem(file.id(), valid, issues)));
                }
            }
        }
    }
}
