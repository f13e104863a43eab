package uk.scrutiny.domain.review;

public record ReviewId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
