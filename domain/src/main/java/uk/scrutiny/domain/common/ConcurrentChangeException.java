package uk.scrutiny.domain.common;

/**
 * Someone else saved the record since it was read: the save is refused so that nothing is
 * overwritten. The message says what to do.
 */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what) {
        super(
                what
                        + " was changed by someone else while you were editing it. Your change has not been saved: reload to see theirs, then make yours again.");
    }
}
