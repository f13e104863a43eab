package uk.scrutiny.domain.report;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.evidence.StoredFile;
import uk.scrutiny.domain.review.ReviewId;

/**
 * One file of one published version of a review's report, as frozen at publication: the stored
 * file with its SHA-256, when and by whom it was published.
 *
 * <p>Invariants: versions are numbered from 1 within a review, one file per format in each; a
 * published report is never changed: a correction reopens the review and its next publication
 * adds the next version beside this one.
 */
public record PublishedReport(
        @Nullable PublishedReportId id,
        ReviewId reviewId,
        int version,
        ReportFormat format,
        StoredFile file,
        Instant publishedAt,
        String publishedBy) {

    public PublishedReport {
        Objects.requireNonNull(reviewId, "reviewId");
        if (version < 1) {
            throw new IllegalArgumentException("Published versions are numbered from 1");
        }
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(publishedBy, "publishedBy");
    }

    public String sha256() {
        return file.sha256();
    }

    public PublishedReportId requireId() {
        return Objects.requireNonNull(id, "The published report has not been saved");
    }
}
