package uk.scrutiny.domain.report;

/** Identifies one stored file of one published version of a report. */
public record PublishedReportId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
