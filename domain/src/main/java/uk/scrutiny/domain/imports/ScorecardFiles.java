package uk.scrutiny.domain.imports;

import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.partnership.AgencyCode;

/** Checks a scorecard file against every rule of the import format, storing nothing. */
public interface ScorecardFiles {

    /**
     * Reads the whole file, streaming, and reports every error by row.
     *
     * @param name the name it came with: {@code .csv} or {@code .xlsx}
     * @param onlyAgency the one agency the sender may send figures for, or {@code null} for any
     * @param progress told, now and then, the share of the file read so far, from 0 to 1
     * @throws uk.scrutiny.domain.evidence.RejectedFileException when the file cannot be read at all,
     *         with the reason (not UTF-8, not a workbook, a zip bomb, no header row)
     */
    ScorecardCheck check(Path file, String name, @Nullable AgencyCode onlyAgency, DoubleConsumer progress);
}
