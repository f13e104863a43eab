package uk.scrutiny.batch.job;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import uk.scrutiny.batch.files.SheetRow;
import uk.scrutiny.batch.files.SheetRows;
import uk.scrutiny.batch.inbox.InboxFolder;
import uk.scrutiny.batch.scorecard.ScorecardFileChecker;
import uk.scrutiny.batch.scorecard.ScorecardFileReader;
import uk.scrutiny.batch.scorecard.ScorecardRowValidator;
import uk.scrutiny.batch.scorecard.ValidRow;
import uk.scrutiny.domain.evidence.RejectedFileException;
import uk.scrutiny.domain.imports.FileStage;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportKind;
import uk.scrutiny.domain.imports.ImportRuns;

/**
 * Reads the rows of the run's scorecards, file after file, streaming, and checks each against every
 * rule as it goes: a good row becomes a figure to store, a bad one its errors. The file is checked
 * and loaded in one pass; one with any error is rejected whole when the step is over, and its
 * figures, never shown, are removed.
 *
 * <p>Its place (the file and the rows read from it) is saved with every chunk that commits, so that
 * a run resumed after a crash carries on at the first row not yet stored: no row is lost and none
 * is stored twice. The rows before that place are read again through the check, unreported, so that
 * a duplicate of one of them is still found.
 */
class ScorecardLoadReader implements ItemStreamReader<LoadItem> {

    private static final Logger LOG = LoggerFactory.getLogger(ScorecardLoadReader.class);
    static final String FILE = "load.file";
    static final String ROWS = "load.rows";

    private final InboxFolder inbox;
    private final ImportRuns runs;
    private final ScorecardFileChecker checker;
    private final ImportProgress progress;

    private final long runId;
    private List<ImportFile> files = List.of();
    private int index = -1;
    private @Nullable SheetRows rows;
    private @Nullable ScorecardRowValidator validator;
    private int rowsRead;

    ScorecardLoadReader(long runId, InboxFolder inbox, ImportRuns runs, ScorecardFileChecker checker, ImportProgress progress) {
        this.runId = runId;
        this.inbox = inbox;
        this.runs = runs;
        this.checker = checker;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) {
        files = runs.files(runId).stream()
                .filter(f -> f.kind() == ImportKind.SCORECARD && f.stage() == FileStage.CHECKED && f.outcome() == null)
                .toList();
        if (context.containsKey(FILE)) {
            long fileId = context.getLong(FILE);
            int done = context.getInt(ROWS);
            for (int i = 0; i < files.size(); i++) {
                if (files.get(i).id() == fileId) {
                    index = i;
                    try {
                        openCurrent();
                        SheetRow row;
                        while (rowsRead < done && (row = rows().next()) != null) {
                            rowsRead++;
                            validator().check(row, issue -> { });
                        }
                        LOG.info("Resuming the load of {} after row {} of its data", files.get(i).path(), rowsRead);
                    } catch (RejectedFileException e) {
                        closeCurrent();
                    }
                    return;
                }
            }
        }
    }

    @Override
    public @Nullable LoadItem read() {
        while (true) {
            if (rows == null) {
                if (index + 1 >= files.size()) {
                    return null;
                }
                index++;
                try {
                    openCurrent();
                } catch (RejectedFileException e) {
                    return new LoadItem(files.get(index).id(), null, List.of(ImportIssue.ofFile(e.getMessage())));
                }
            }
            ImportFile file = files.get(index);
            SheetRow row;
            try {
                row = rows().next();
            } catch (RejectedFileException e) {
                closeCurrent();
                return new LoadItem(file.id(), null, List.of(ImportIssue.ofFile(e.getMessage())));
            }
            if (row == null) {
                closeCurrent();
                continue;
            }
            rowsRead++;
            if (rowsRead % 10_000 == 0) {
                progress.reading(file.path(), rowsRead, rows().progress());
                LOG.debug("Loading {}: {} rows read", file.path(), rowsRead);
            }
            List<ImportIssue> issues = new ArrayList<>(0);
            ValidRow valid = validator().check(row, issues::add);
            return new LoadItem(file.id(), valid, issues);
        }
    }

    private void openCurrent() {
        ImportFile file = files.get(index);
        rows = ScorecardFileReader.open(inbox.resolve(file.path()), file.name());
        validator = new ScorecardRowValidator(checker.catalogue(), file.onlyAgency());
        rowsRead = 0;
    }

    private void closeCurrent() {
        if (rows != null) {
            rows.close();
            rows = null;
        }
    }

    private SheetRows rows() {
        if (rows == null) {
            throw new IllegalStateException("No scorecard is open");
        }
        return rows;
    }

    private ScorecardRowValidator validator() {
        if (validator == null) {
            throw new IllegalStateException("No scorecard is open");
        }
        return validator;
    }

    @Override
    public void update(ExecutionContext context) {
        if (index >= 0 && index < files.size()) {
            context.putLong(FILE, files.get(index).id());
            context.putInt(ROWS, rows == null ? Integer.MAX_VALUE : rowsRead);
        }
    }

    @Override
    public void close() {
        closeCurrent();
    }
}
