package uk.scrutiny.batch.imports;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.batch.scorecard.ValidRow;
import uk.scrutiny.domain.imports.ImportIssue;

/**
 * A scorecard row on its way into the database, with the run's record of its file: its figure when
 * it keeps every rule, and the errors (or a reason the rest of the file cannot be read) when not.
 */
record LoadItem(long fileId, @Nullable ValidRow row, List<ImportIssue> issues) {

    LoadItem {
        issues = List.copyOf(issues);
    }
}
