package uk.scrutiny.domain.action;

public record ActionId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
