package uk.scrutiny.batch.imports;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.imports.ImportFile;

/**
 * What one call of the import did: the runs it completed (a resumed one and a new one, or either),
 * their files, and the exit code of the command line: 0 when every file was imported or a
 * duplicate, 2 when some file or row was rejected, 1 when a run failed or could not start.
 */
public record RunResult(
        List<Long> runs,
        List<ImportFile> files,
        int exitCode,
        @Nullable String failure) {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int REJECTIONS = 2;

    public RunResult {
        runs = List.copyOf(runs);
        files = List.copyOf(files);
    }
}
