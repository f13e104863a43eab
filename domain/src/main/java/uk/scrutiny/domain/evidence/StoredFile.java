package uk.scrutiny.domain.evidence;

import java.util.Objects;
import uk.scrutiny.domain.common.Sha256;
import uk.scrutiny.domain.common.Text;

/**
 * A file held in evidence storage under a generated key (never the name it came with), with its
 * SHA-256 and the content type detected from its bytes.
 */
public record StoredFile(String storageKey, String originalName, String sha256, String contentType, long size) {

    public StoredFile {
        storageKey = Text.required(storageKey, "A storage key", 100);
        if (!storageKey.matches("^[A-Za-z0-9/_-]+$") || storageKey.contains("..") || storageKey.startsWith("/")) {
            throw new IllegalArgumentException("A storage key is generated: letters, digits, '/', '_' and '-' only");
        }
        originalName = Text.required(originalName, "A file name", 255);
        Objects.requireNonNull(sha256, "sha256");
        Sha256.require(sha256);
        contentType = Text.required(contentType, "A content type", 100);
        if (size < 0) {
            throw new IllegalArgumentException("A file's size cannot be negative");
        }
    }
}
