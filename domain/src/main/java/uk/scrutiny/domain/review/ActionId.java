package uk.scrutiny.domain.review;

public record ActionId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
