package uk.scrutiny.domain.report;

import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.review.ReviewId;

/** Every published version of every review's report. Nothing stored here is ever changed or removed. */
public interface PublishedReports {

    Optional<PublishedReport> find(PublishedReportId id);

    /** A review's published files, newest version first, PDF before Word within a version. */
    List<PublishedReport> of(ReviewId review);

    /** Adds a published file (no id); refuses a second file of the same format for the same version. */
    PublishedReport add(PublishedReport report);
}
