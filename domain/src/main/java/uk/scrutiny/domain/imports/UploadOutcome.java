package uk.scrutiny.domain.imports;

import org.jspecify.annotations.Nullable;

/** A scorecard upload and what the import made of it; no file record while it waits for a run. */
public record UploadOutcome(
        ScorecardUpload upload, @Nullable ImportFile file) {

    /** The outcome in words: waiting, or the file's outcome. */
    public String statusLabel() {
        if (file == null || file.outcome() == null) {
            return "Waiting to be imported";
        }
        return file.outcome().label();
    }
}
