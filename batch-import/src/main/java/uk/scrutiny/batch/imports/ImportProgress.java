package uk.scrutiny.batch.imports;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.scrutiny.domain.imports.RunProgress;

/** How far the run going on in this instance has got, for the Imports page's progress bar. */
@Component
public class ImportProgress {

    private volatile @Nullable RunProgress current;

    void waiting() {
        current = new RunProgress(null, null, 0, null);
    }

    void started(long runId) {
        current = new RunProgress(runId, null, 0, null);
    }

    void reading(String file, long rows, double fraction) {
        RunProgress now = current;
        if (now != null) {
            current = new RunProgress(now.runId(), file, rows, Double.isNaN(fraction) ? null : fraction);
        }
    }

    void finished() {
        current = null;
    }

    public Optional<RunProgress> current() {
        return Optional.ofNullable(current);
    }
}
