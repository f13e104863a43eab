package uk.scrutiny.domain.evidence;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Evidence storage: files kept outside the web root under generated names (never a name someone
 * typed), each with its SHA-256. Nothing stored is ever changed.
 */
public interface EvidenceFiles {

    /**
     * Copies a file into storage.
     *
     * @param source the file to copy (left where it is)
     * @param originalName the name it came with, kept for display and download
     * @param contentType the type detected from its bytes
     * @throws java.io.UncheckedIOException when storage cannot be written
     */
    StoredFile store(Path source, String originalName, String contentType);

    /** Opens a stored file for reading; the caller closes the stream. */
    InputStream open(StoredFile file);
}
