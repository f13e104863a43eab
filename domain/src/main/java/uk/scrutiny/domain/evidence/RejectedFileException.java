package uk.scrutiny.domain.evidence;

/** A file refused for what it holds, with the reason in plain words and what to do. */
public class RejectedFileException extends RuntimeException {

    public RejectedFileException(String reason) {
        super(reason);
    }
}
