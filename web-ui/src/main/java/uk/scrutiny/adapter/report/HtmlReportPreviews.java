package uk.scrutiny.adapter.report;

import org.springframework.stereotype.Component;
import uk.scrutiny.application.report.ReportModel;
import uk.scrutiny.application.report.ReportPreviews;

/** The on-screen preview: the PDF's own template, so that what people read before publishing is what prints. */
@Component
class HtmlReportPreviews implements ReportPreviews {

    @Override
    public String article(ReportModel report) {
        return ReportHtml.article(report);
    }
}
