package uk.scrutiny.application.report;

import uk.scrutiny.domain.report.ReportFormat;

/** Turns a report into the bytes of one file format. The web application provides one per format. */
public interface ReportRenderer {

    ReportFormat format();

    /**
     * @return the whole file
     * @throws IllegalStateException when the file cannot be produced
     */
    byte[] render(ReportModel report);
}
