package uk.scrutiny.domain.evidence;

public record EvidenceId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
