package uk.scrutiny.persistence.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
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
public class FileSystemEvidenceFiles implements EvidenceFiles {

    private final Path root;
    private final Clock clock;

    public FileSystemEvidenceFiles(@Value("${scrutiny.storage.dir:./data/evidence}") Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
    }

    @Override
    public StoredFile store(Path source, String originalName, String contentType) {
        LocalDate today = LocalDate.now(clock);
        String key = "%04d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha256);
                 OutputStream out = Files.newOutputStream(partial)) {
                size = in.transferTo(out);
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
            return new StoredFile(key, fileNameOnly(originalName), HexFormat.of().formatHex(sha256.digest()), contentType, size);
        } catch (IOException e) {
            throw new UncheckedIOException("Evidence storage at " + root + " could not be written: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public InputStream open(StoredFile file) {
        try {
            return Files.newInputStream(resolve(file.storageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException("The stored file of '" + file.originalName() + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("A storage key must stay inside evidence storage");
        }
        return path;
    }

    /** The last part of a name as a browser or a manifest gave it, without any folders. */
    private static String fileNameOnly(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return last.isEmpty() ? "file" : last;
    }
}
