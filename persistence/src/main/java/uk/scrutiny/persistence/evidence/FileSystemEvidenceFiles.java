package uk.scrutiny.persistence.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.scrutiny.domain.evidence.EvidenceFiles;
import uk.scrutiny.domain.evidence.StoredFile;

/**
 * Evidence files in a folder of the file system ({@code scrutiny.storage.dir}), outside the web
 * root, as {@code yyyy/mm/<random>}: the name someone gave a file never becomes a path. A file is
 * written beside its final place and moved there whole, so a crash leaves no half-written file.
 */
@Component
class FileSystemEvidenceFiles implements EvidenceFiles {

    private final Path root;
    private final Clock clock;

    public FileSystemEvidenceFiles(@Value("${scrutiny.storage.dir:./data/evidence}") Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
    }

    @Override
    public StoredFile store(Path source, String originalName, String contentType) {
        try {
            FileCopies.Copied copied = FileCopies.copy(source, root, FileCopies.newKey(clock));
            return new StoredFile(
                    copied.key(), fileNameOnly(originalName), copied.sha256(), contentType, copied.size());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Evidence storage at " + root + " could not be written: " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(StoredFile file) {
        try {
            return Files.newInputStream(FileCopies.resolve(root, file.storageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The stored file of '" + file.originalName() + "' cannot be read: " + e.getMessage(), e);
        }
    }

    /** The last part of a name as a browser or a manifest gave it, without any folders. */
    private static String fileNameOnly(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        return last.isEmpty() ? "file" : last;
    }
}
