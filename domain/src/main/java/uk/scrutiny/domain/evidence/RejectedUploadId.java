package uk.scrutiny.domain.evidence;

/** The reference of a rejected upload, which its uploader is told. */
public record RejectedUploadId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
