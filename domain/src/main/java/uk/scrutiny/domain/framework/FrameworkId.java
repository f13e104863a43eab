package uk.scrutiny.domain.framework;

/** Identifies one version of a framework. */
public record FrameworkId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
