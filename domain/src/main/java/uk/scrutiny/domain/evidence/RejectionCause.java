package uk.scrutiny.domain.evidence;

/** Why an upload was refused, and so whether its bytes could be kept. */
public enum RejectionCause {
    /** Its bytes are not what its name claims, or not a kind of file the product accepts: kept whole. */
    CONTENT("Content not accepted", true),
    /** Larger than the upload limit: not kept, since that limit is also the cap on what is kept. */
    TOO_LARGE("Over the size limit", false),
    /** No bytes at all: nothing to keep. */
    EMPTY("Empty file", false);

    private final String label;
    private final boolean keepsFile;

    RejectionCause(String label, boolean keepsFile) {
        this.label = label;
        this.keepsFile = keepsFile;
    }

    public String label() {
        return label;
    }

    /** Whether a refusal for this cause keeps the file's bytes. */
    public boolean keepsFile() {
        return keepsFile;
    }
}
