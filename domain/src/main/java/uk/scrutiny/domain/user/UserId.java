package uk.scrutiny.domain.user;

public record UserId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
