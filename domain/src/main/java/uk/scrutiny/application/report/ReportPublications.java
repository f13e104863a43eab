package uk.scrutiny.application.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.scrutiny.application.audit.Auditor;
import uk.scrutiny.application.review.Publications;
import uk.scrutiny.application.review.ReviewDetails;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.action.ActionId;
import uk.scrutiny.domain.action.RecommendedActions;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.evidence.EvidenceFiles;
import uk.scrutiny.domain.evidence.StoredFile;
import uk.scrutiny.domain.partnership.Agencies;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.UkDates;
import uk.scrutiny.domain.report.PublishedReport;
import uk.scrutiny.domain.report.PublishedReports;
import uk.scrutiny.domain.report.ReportFormat;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.ReviewStatus;
import uk.scrutiny.domain.review.Reviews;
import uk.scrutiny.domain.review.StatusChange;

/**
 * Renders reports and freezes them on publication: the PDF and the Word file of the review just
 * published are stored under generated names with their SHA-256, as the review's next published
 * version, and recorded in the audit trail. Role checks are the callers' ({@link ReviewService#publish}).
 */
@Component
public class ReportPublications implements Publications {

    private final Map<ReportFormat, ReportRenderer> renderers;
    private final PublishedReports published;
    private final EvidenceFiles files;
    private final Agencies agencies;
    private final RecommendedActions actions;
    private final Reviews reviews;
    private final Auditor auditor;
    private final Clock clock;

    public ReportPublications(
            List<ReportRenderer> renderers,
            PublishedReports published,
            EvidenceFiles files,
            Agencies agencies,
            RecommendedActions actions,
            Reviews reviews,
            Auditor auditor,
            Clock clock) {
        this.renderers = renderers.stream().collect(Collectors.toMap(ReportRenderer::format, r -> r));
        this.published = published;
        this.files = files;
        this.agencies = agencies;
        this.actions = actions;
        this.reviews = reviews;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public void freeze(ReviewDetails details) {
        Review review = details.review();
        requireComplete(details);
        if (review.status() != ReviewStatus.PUBLISHED) {
            throw new IllegalStateException("Only a published review's report is frozen; the " + review.year()
                    + " review is " + review.status().label().toLowerCase());
        }
        StatusChange publication = review.history().reversed().stream()
                .filter(c -> c.to() == ReviewStatus.PUBLISHED)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "The " + review.year() + " review has no publication in its history"));
        int version = published.of(review.requireId()).stream()
                        .mapToInt(PublishedReport::version)
                        .max()
                        .orElse(0)
                + 1;
        LocalDate date = LocalDate.ofInstant(publication.at(), clock.getZone());
        ReportModel model = content()
                .of(
                        details,
                        date,
                        new ReportModel.Edition(
                                true, version, "Published version " + version + ", " + UkDates.prose(date)));
        List<String> stored = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            byte[] bytes = renderer(format).render(model);
            StoredFile file = store(bytes, fileName(review, format, "v" + version), format);
            published.add(new PublishedReport(
                    null, review.requireId(), version, format, file, publication.at(), publication.by()));
            stored.add(format.label() + " SHA-256 " + file.sha256());
        }
        auditor.changed(
                ReviewService.reviewKey(review.requireId()),
                "Review " + review.year(),
                "published report",
                null,
                "version " + version + ": " + String.join(", ", stored));
    }

    /** The report as it stands, for a preview or a draft file. */
    ReportModel draft(ReviewDetails details, ReportModel.Edition edition, LocalDate date) {
        return content().of(details, date, edition);
    }

    byte[] render(ReportModel model, ReportFormat format) {
        return renderer(format).render(model);
    }

    /** A refusal naming every unrated question: a report is published only when each question has its rating. */
    static void requireComplete(ReviewDetails details) {
        List<String> unrated = details.questions().stream()
                .filter(q -> q.rating() == null)
                .map(q -> q.question().ref().toString())
                .toList();
        if (!unrated.isEmpty()) {
            throw new RuleViolationException("The " + details.review().year() + " report cannot be published while "
                    + (unrated.size() == 1
                            ? "question " + unrated.getFirst() + " is"
                            : "questions " + String.join(", ", unrated) + " are")
                    + " not rated: it can only be previewed until the scrutineer rates "
                    + (unrated.size() == 1 ? "it" : "them") + ".");
        }
    }

    static String fileName(Review review, ReportFormat format, String edition) {
        return "independent-scrutiny-report-" + review.year().toString().replace('/', '-') + "-" + edition + "."
                + format.extension();
    }

    private ReportContent content() {
        Map<AgencyCode, String> names = agencies.all().stream().collect(Collectors.toMap(Agency::code, Agency::name));
        return new ReportContent(names, this::origin);
    }

    private @Nullable String origin(ActionId id) {
        return actions.find(id)
                .map(a -> reviews.find(a.reviewId())
                        .map(r -> r.year() + " action " + a.label())
                        .orElse("action " + a.label()))
                .orElse(null);
    }

    private ReportRenderer renderer(ReportFormat format) {
        ReportRenderer renderer = renderers.get(format);
        if (renderer == null) {
            throw new IllegalStateException("This installation has no " + format.label() + " renderer for the report");
        }
        return renderer;
    }

    private StoredFile store(byte[] bytes, String name, ReportFormat format) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile("scrutiny-report-", "." + format.extension());
            Files.write(temporary, bytes);
            return files.store(temporary, name, format.contentType());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The " + format.label() + " report could not be written for storage: " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The copy in storage is what counts; the operating system clears its temporary folder.
                }
            }
        }
    }
}
