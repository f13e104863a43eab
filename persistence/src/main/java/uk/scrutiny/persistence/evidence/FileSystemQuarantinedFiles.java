package uk.scrutiny.persistence.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.scrutiny.domain.evidence.QuarantinedFile;
import uk.scrutiny.domain.evidence.QuarantinedFiles;

/**
 * Refused uploads in a folder of their own ({@code scrutiny.quarantine.dir}; by default
 * {@code quarantine} beside the evidence folder), outside the web root, as {@code yyyy/mm/<random>}
 * with no extension and no execute permission: the name a file came with never becomes a path, and
 * nothing here is served but through the application, as bytes to save.
 */
@Component
class FileSystemQuarantinedFiles implements QuarantinedFiles {

    private final Path root;
    private final Clock clock;

    public FileSystemQuarantinedFiles(
            @Value("${scrutiny.quarantine.dir:${scrutiny.storage.dir:./data/evidence}/../quarantine}") Path root,
            Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
    }

    @Override
    public QuarantinedFile keep(Path source) {
        try {
            FileCopies.Copied copied = FileCopies.copy(source, root, FileCopies.newKey(clock));
            return new QuarantinedFile(copied.key(), copied.sha256(), copied.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Quarantine at " + root + " could not be written: " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String storageKey) {
        try {
            return Files.newInputStream(FileCopies.resolve(root, storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException("The kept file " + storageKey + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String storageKey) {
        try {
            Files.deleteIfExists(FileCopies.resolve(root, storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException("The kept file " + storageKey + " cannot be deleted: " + e.getMessage(), e);
        }
    }
}
