package uk.scrutiny.batch.files;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rows of one CSV file or worksheet, read one at a time: memory does not grow with the file. */
public interface SheetRows extends AutoCloseable {

    /** The column names of the header row, in lower case without surrounding spaces, in file order. */
    List<String> header();

    /** The next data row with any content; {@code null} at the end. */
    @Nullable
    SheetRow next();

    /** The share of the file read so far, from 0 to 1, for a progress bar. */
    double progress();

    @Override
    void close();
}
