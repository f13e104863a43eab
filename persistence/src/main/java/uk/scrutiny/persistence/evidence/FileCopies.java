package uk.scrutiny.persistence.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import uk.scrutiny.domain.common.Sha256;

/**
 * Copies a file into a store under a generated key ({@code yyyy/mm/<random>}), computing its
 * SHA-256 on the way. It is written beside its final place and moved there whole, so a crash leaves
 * no half-written file; on a POSIX file system it is readable and writable by its owner only.
 */
final class FileCopies {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** What was written: the key, the SHA-256 in lower-case hexadecimal, the size in bytes. */
    record Copied(String key, String sha256, long size) {}

    private FileCopies() {}

    static String newKey(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return "%04d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
    }

    /** @throws IOException when the store cannot be written */
    static Copied copy(Path source, Path root, String key) throws IOException {
        Path target = resolve(root, key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        MessageDigest sha256 = Sha256.digest();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha256);
                OutputStream out = Files.newOutputStream(partial)) {
            size = in.transferTo(out);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(partial, OWNER_ONLY);
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target);
        }
        return new Copied(key, Sha256.hex(sha256), size);
    }

    /** The key's place under the root; a key that would lead out of it is refused. */
    static Path resolve(Path root, String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("A storage key must stay inside its store");
        }
        return path;
    }
}
