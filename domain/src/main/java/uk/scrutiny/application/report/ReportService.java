package uk.scrutiny.application.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.review.ReviewDetails;
import uk.scrutiny.application.review.ReviewListItem;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.application.security.Roles;
import uk.scrutiny.domain.common.Download;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.common.Sha256;
import uk.scrutiny.domain.evidence.EvidenceFiles;
import uk.scrutiny.domain.period.UkDates;
import uk.scrutiny.domain.report.PublishedReport;
import uk.scrutiny.domain.report.PublishedReportId;
import uk.scrutiny.domain.report.PublishedReports;
import uk.scrutiny.domain.report.ReportFormat;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.domain.review.ReviewStatus;

/**
 * The report of a review: its preview, its files, and its published versions.
 *
 * <p>Whoever may read a review may read its report (data officers: published reviews only). A
 * published review's files are the ones stored at publication, checked against their SHA-256
 * on every download; any other review's files are rendered on demand and marked as a draft.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private final ReviewService reviews;
    private final ReportPublications publications;
    private final PublishedReports published;
    private final EvidenceFiles files;
    private final ReportPreviews previews;
    private final Clock clock;

    public ReportService(
            ReviewService reviews,
            ReportPublications publications,
            PublishedReports published,
            EvidenceFiles files,
            ReportPreviews previews,
            Clock clock) {
        this.reviews = reviews;
        this.publications = publications;
        this.published = published;
        this.files = files;
        this.previews = previews;
        this.clock = clock;
    }

    /** The report as it stands now, for the screen. */
    @PreAuthorize(Roles.SIGNED_IN)
    public ReportModel preview(ReviewId id) {
        ReviewDetails details = reviews.review(id);
        return model(details, latest(id).map(PublishedReport::version).orElse(0));
    }

    /** The report as it stands now, as HTML to show inside a page (escaped: safe to insert as it is). */
    @PreAuthorize(Roles.SIGNED_IN)
    public String previewHtml(ReportModel model) {
        return previews.article(model);
    }

    /**
     * The file a reader downloads: for a published review the stored file of its latest version;
     * otherwise the report as it stands, rendered now and marked as a draft.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public Download download(ReviewId id, ReportFormat format) {
        ReviewDetails details = reviews.review(id);
        if (details.review().status() == ReviewStatus.PUBLISHED) {
            Optional<PublishedReport> stored =
                    published.of(id).stream().filter(r -> r.format() == format).findFirst();
            if (stored.isPresent()) {
                return read(stored.get());
            }
        }
        ReportModel model = model(details, 0);
        return new Download(
                ReportPublications.fileName(details.review(), format, "draft"),
                format.contentType(),
                publications.render(model, format));
    }

    /** Every published file of the review, newest version first. */
    @PreAuthorize(Roles.SIGNED_IN)
    public List<PublishedReport> publishedVersions(ReviewId id) {
        reviews.review(id);
        return published.of(id);
    }

    /**
     * One published file exactly as stored.
     *
     * @throws IllegalStateException when the stored bytes no longer match the SHA-256 recorded at publication
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public Download downloadPublished(PublishedReportId id) {
        PublishedReport report =
                published.find(id).orElseThrow(() -> new NotFoundException("There is no published report file " + id));
        reviews.review(report.reviewId());
        return read(report);
    }

    /**
     * Freezes the report of every published review that has no stored files yet (one published
     * before report files were kept, or loaded as published), as of its publication.
     *
     * @return how many reviews' reports were frozen
     */
    @Transactional
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public int freezeMissingReports() {
        int frozen = 0;
        for (ReviewListItem item : reviews.reviews()) {
            if (item.status() == ReviewStatus.PUBLISHED
                    && published.of(item.id()).isEmpty()) {
                publications.freeze(reviews.review(item.id()));
                frozen++;
            }
        }
        return frozen;
    }

    private Optional<PublishedReport> latest(ReviewId id) {
        return published.of(id).stream().findFirst();
    }

    private ReportModel model(ReviewDetails details, int publishedVersion) {
        Review review = details.review();
        LocalDate today = LocalDate.now(clock);
        if (review.status() == ReviewStatus.PUBLISHED) {
            LocalDate date = day(review.publishedAt().orElseThrow());
            return publications.draft(
                    details,
                    new ReportModel.Edition(
                            true,
                            publishedVersion,
                            (publishedVersion > 0 ? "Published version " + publishedVersion + ", " : "Published ")
                                    + UkDates.prose(date)),
                    date);
        }
        if (review.status() == ReviewStatus.SIGNED_OFF) {
            LocalDate date = day(review.signedOffAt().orElseThrow());
            return publications.draft(
                    details,
                    new ReportModel.Edition(
                            false, 0, "Draft for preview, not published: signed off " + UkDates.prose(date)),
                    date);
        }
        return publications.draft(
                details,
                new ReportModel.Edition(
                        false,
                        0,
                        "Draft for preview, not published: "
                                + review.status().label().toLowerCase() + " on " + UkDates.prose(today)),
                today);
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }

    private Download read(PublishedReport report) {
        byte[] bytes;
        try (InputStream in = files.open(report.file())) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The published " + report.format().label() + " file of version " + report.version()
                            + " cannot be read: " + e.getMessage(),
                    e);
        }
        String actual = Sha256.of(bytes);
        if (!actual.equals(report.sha256())) {
            throw new IllegalStateException("The stored " + report.format().label() + " file of published version "
                    + report.version() + " does not match the SHA-256 recorded at publication (" + report.sha256()
                    + "); it has been altered in storage. It is not served: restore it from a backup.");
        }
        return new Download(report.file().originalName(), report.file().contentType(), bytes);
    }
}
