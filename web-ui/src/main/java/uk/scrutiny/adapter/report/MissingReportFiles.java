package uk.scrutiny.adapter.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.scrutiny.application.report.ReportService;
import uk.scrutiny.application.security.CurrentActor;

/**
 * Once the application is ready (after any demo data has loaded), freezes the report files of
 * every published review that has none yet, as of its publication: a review published before
 * report files were kept, or loaded as published, then downloads the same frozen files as any
 * other. A failure is logged and the application starts all the same.
 */
@Component
class MissingReportFiles {

    private static final Logger LOG = LoggerFactory.getLogger(MissingReportFiles.class);

    private final ReportService reports;

    MissingReportFiles(ReportService reports) {
        this.reports = reports;
    }

    @EventListener(ApplicationReadyEvent.class)
    void freeze() {
        try {
            int frozen = CurrentActor.runAsSystem(reports::freezeMissingReports);
            if (frozen > 0) {
                LOG.info("Stored the report files of {} published review(s) that had none", frozen);
            }
        } catch (RuntimeException e) {
            LOG.error(
                    "The report files of published reviews could not be stored; their reports are previewed "
                            + "from the review until this succeeds at the next start",
                    e);
        }
    }
}
