package uk.scrutiny.domain.evidence;

import java.util.Objects;

/** A file whose bytes were found to be what its name claims: its kind and the content type detected from the bytes. */
public record CheckedFile(FileKind kind, String contentType) {

    public CheckedFile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentType, "contentType");
    }
}
