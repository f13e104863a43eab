package uk.scrutiny.domain.evidence;

import java.util.Objects;
import uk.scrutiny.domain.common.Sha256;

/** The bytes of a refused upload as kept apart from the evidence: under a generated key, with their SHA-256 and size. */
public record QuarantinedFile(String storageKey, String sha256, long size) {

    public QuarantinedFile {
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(sha256, "sha256");
        RejectedUpload.requireGeneratedKey(storageKey);
        Sha256.require(sha256);
        if (size < 0) {
            throw new IllegalArgumentException("A file's size cannot be negative");
        }
    }
}
