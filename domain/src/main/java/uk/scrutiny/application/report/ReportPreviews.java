package uk.scrutiny.application.report;

/** The report as an HTML fragment to show inside a page, from the same template as the PDF. */
public interface ReportPreviews {

    /** The report's {@code <article>}, its text escaped: safe to put into a page as it is. */
    String article(ReportModel report);
}
