package uk.scrutiny.domain.evidence;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where refused uploads are kept: apart from the evidence store and outside the web root, under
 * generated names (never a name someone gave), readable only through the application.
 */
public interface QuarantinedFiles {

    /**
     * Copies a file into quarantine.
     *
     * @param source the file to copy (left where it is)
     * @throws java.io.UncheckedIOException when quarantine cannot be written
     */
    QuarantinedFile keep(Path source);

    /** Opens a kept file for reading; the caller closes the stream. */
    InputStream open(String storageKey);

    /** Removes a kept file for good; nothing happens when it has already gone. */
    void delete(String storageKey);
}
