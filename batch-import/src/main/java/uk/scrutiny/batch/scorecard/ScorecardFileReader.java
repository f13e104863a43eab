package uk.scrutiny.batch.scorecard;

import java.nio.file.Path;
import uk.scrutiny.batch.files.CsvRows;
import uk.scrutiny.batch.files.SheetRows;
import uk.scrutiny.batch.files.XlsxRows;
import uk.scrutiny.domain.evidence.FileKind;
import uk.scrutiny.domain.evidence.RejectedFileException;

/** Opens a scorecard file by the kind its name claims (its bytes are checked before this). */
public final class ScorecardFileReader {

    private static final String HEADER_EXAMPLE = "agency, period, indicator, value";

    private ScorecardFileReader() {}

    /** @throws RejectedFileException when the name is neither {@code .csv} nor {@code .xlsx}, or the file cannot be read */
    public static SheetRows open(Path file, String name) {
        return switch (FileKind.extension(name)) {
            case "csv" -> new CsvRows(file, name, HEADER_EXAMPLE);
            case "xlsx" -> new XlsxRows(file, name, HEADER_EXAMPLE);
            default ->
                throw new RejectedFileException("'" + name + "' is not a scorecard file: send a CSV file (.csv) "
                        + "or an Excel workbook (.xlsx).");
        };
    }

    /** Whether a name is one a scorecard can have. */
    public static boolean isScorecardName(String name) {
        String extension = FileKind.extension(name);
        return extension.equals("csv") || extension.equals("xlsx");
    }
}
