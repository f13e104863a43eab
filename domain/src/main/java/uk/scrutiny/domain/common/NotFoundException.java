package uk.scrutiny.domain.common;

/** The record asked for does not exist (or is not visible to the one asking). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
