package uk.scrutiny.domain.common;

import java.util.Objects;

/** A file to hand to a reader, such as a report or an export: its name, content type and bytes. */
public record Download(String fileName, String contentType, byte[] content) {

    public Download {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
