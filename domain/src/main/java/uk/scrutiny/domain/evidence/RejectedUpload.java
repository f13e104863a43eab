package uk.scrutiny.domain.evidence;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.common.Sha256;

/**
 * An upload that was refused, recorded so that nothing sent is lost without trace: who sent it,
 * when, under what name, its size and SHA-256 when it was received, and why it was refused.
 *
 * <p>Invariants: the name it came with is data only, never a path (it is cut to 255 characters and
 * stripped of control characters); a file is kept ({@link #storageKey}) only for a cause that
 * {@linkplain RejectionCause#keepsFile() keeps files}, and then with its size and SHA-256; a kept
 * file that a manager deleted leaves the record, with who deleted it and when.
 *
 * @param size in bytes; null when the file never reached the server (refused by the browser)
 * @param storageKey where the bytes are kept in quarantine; null when they are not
 */
public record RejectedUpload(
        @Nullable RejectedUploadId id,
        String originalName,
        RejectionCause cause,
        String reason,
        @Nullable Long size,
        @Nullable String sha256,
        @Nullable String storageKey,
        Instant uploadedAt,
        String uploadedBy,
        @Nullable Instant fileDeletedAt,
        @Nullable String fileDeletedBy) {

    public static final int MAX_NAME = 255;
    public static final int MAX_REASON = 2000;
    /** What a kept file is always served as: bytes to save, never anything a browser would open or run. */
    public static final String DOWNLOAD_CONTENT_TYPE = "application/octet-stream";

    public RejectedUpload {
        originalName = dataOnly(originalName, MAX_NAME, "(no name)");
        Objects.requireNonNull(cause, "cause");
        reason = dataOnly(reason, MAX_REASON, "");
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("A refused upload needs the reason it was refused");
        }
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        if (size != null && size < 0) {
            throw new IllegalArgumentException("A file's size cannot be negative");
        }
        if (sha256 != null) {
            Sha256.require(sha256);
        }
        if (storageKey != null) {
            requireGeneratedKey(storageKey);
            if (!cause.keepsFile()) {
                throw new IllegalArgumentException("A file refused as '" + cause.label() + "' is not kept");
            }
            if (size == null || sha256 == null) {
                throw new IllegalArgumentException("A kept file is recorded with its size and SHA-256");
            }
        }
        if ((fileDeletedAt == null) != (fileDeletedBy == null)) {
            throw new IllegalArgumentException("A deleted file is recorded with when and by whom");
        }
        if (fileDeletedAt != null && storageKey != null) {
            throw new IllegalArgumentException("A deleted file is no longer kept");
        }
    }

    /** A refusal whose bytes are kept in quarantine. */
    public static RejectedUpload kept(
            String originalName, RejectionCause cause, String reason, QuarantinedFile file, Instant at, String by) {
        return new RejectedUpload(
                null, originalName, cause, reason, file.size(), file.sha256(), file.storageKey(), at, by, null, null);
    }

    /** A refusal recorded without its bytes; size and SHA-256 are null when the file never arrived. */
    public static RejectedUpload notKept(
            String originalName,
            RejectionCause cause,
            String reason,
            @Nullable Long size,
            @Nullable String sha256,
            Instant at,
            String by) {
        return new RejectedUpload(null, originalName, cause, reason, size, sha256, null, at, by, null, null);
    }

    public boolean isKept() {
        return storageKey != null;
    }

    public RejectedUpload withId(RejectedUploadId newId) {
        return new RejectedUpload(
                newId,
                originalName,
                cause,
                reason,
                size,
                sha256,
                storageKey,
                uploadedAt,
                uploadedBy,
                fileDeletedAt,
                fileDeletedBy);
    }

    public RejectedUpload withFileDeleted(Instant at, String by) {
        return new RejectedUpload(id, originalName, cause, reason, size, sha256, null, uploadedAt, uploadedBy, at, by);
    }

    /**
     * The name a kept file downloads under: its reference and the letters, digits, dots, hyphens and
     * underscores of the name it came with, ending {@code .bin}, so that a saved copy is not opened
     * as what its name claimed, e.g. {@code rejected-upload-12-minutes.pdf.bin}.
     */
    public String downloadName() {
        String safe = originalName.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        if (safe.length() > 80) {
            safe = safe.substring(safe.length() - 80);
        }
        return "rejected-upload-" + (id == null ? "new" : id) + (safe.isEmpty() ? "" : "-" + safe) + ".bin";
    }

    static void requireGeneratedKey(String key) {
        if (key.isEmpty()
                || key.length() > 100
                || !key.matches("^[A-Za-z0-9/_-]+$")
                || key.contains("..")
                || key.startsWith("/")) {
            throw new IllegalArgumentException("A storage key is generated: letters, digits, '/', '_' and '-' only");
        }
    }

    /** Text as data: control characters become '?', surrounding spaces go, and it is cut to the column's length. */
    private static String dataOnly(@Nullable String text, int max, String ifBlank) {
        if (text == null || text.isBlank()) {
            return ifBlank;
        }
        String clean = text.strip()
                .codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (clean.length() <= max) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(max - 2)) ? max - 2 : max - 1;
        return clean.substring(0, end) + "…";
    }
}
