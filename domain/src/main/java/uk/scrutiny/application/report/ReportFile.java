package uk.scrutiny.application.report;

import java.util.Objects;

/** A report file to hand to a reader: its name, content type and bytes. */
public record ReportFile(String fileName, String contentType, byte[] content) {

    public ReportFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
