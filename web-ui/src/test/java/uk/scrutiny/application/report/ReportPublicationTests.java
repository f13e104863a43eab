package uk.scrutiny.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.audit.AuditService;
import uk.scrutiny.application.review.ReviewDetails;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.audit.AuditEntry;
import uk.scrutiny.domain.common.Download;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.report.PublishedReport;
import uk.scrutiny.domain.report.ReportFormat;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.support.ReportTexts;
import uk.scrutiny.support.SignedIn;

/** Publication freezes the report files with their SHA-256; later downloads serve them, reopened or not. */
@DemoApplicationTest
@Transactional
class ReportPublicationTests {

    @Autowired
    ReviewService reviews;

    @Autowired
    ReportService reports;

    @Autowired
    ReportPublications publications;

    @Autowired
    AuditService audit;

    @Autowired
    SignedIn signedIn;

    @Value("${scrutiny.storage.dir}")
    Path storage;

    private ReviewId year(int startYear) {
        return signedIn.as(
                "manager",
                () -> reviews.reviews().stream()
                        .filter(r -> r.year().equals(FinancialYear.of(startYear)))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    private Review review(ReviewId id) {
        return signedIn.as("manager", () -> reviews.review(id).review());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_seed_review_is_published_with_its_pdf_and_word_files_stored() throws IOException {
        List<PublishedReport> versions = signedIn.as("officer", () -> reports.publishedVersions(year(2021)));

        assertThat(versions).extracting(r -> r.version() + " " + r.format()).containsExactly("1 PDF", "1 WORD");
        for (PublishedReport report : versions) {
            byte[] onDisk = Files.readAllBytes(storage.resolve(report.file().storageKey()));
            assertThat(sha256(onDisk)).isEqualTo(report.sha256());
            Download served = signedIn.as("police.data", () -> reports.downloadPublished(report.requireId()));
            assertThat(sha256(served.content())).isEqualTo(report.sha256());
            assertThat(served.contentType()).isEqualTo(report.format().contentType());
            assertThat(report.publishedBy()).isEqualTo("manager");
        }
    }

    @Test
    void a_reopened_review_keeps_its_published_files_and_republishing_adds_the_next_version() {
        ReviewId seed = year(2021);
        List<PublishedReport> first = signedIn.as("manager", () -> reports.publishedVersions(seed));
        byte[] firstPdf = signedIn.as("manager", () -> reports.download(seed, ReportFormat.PDF))
                .content();

        signedIn.as(
                "officer",
                () -> reviews.reopen(
                        seed, "The evidence of 2.2 was misfiled", review(seed).version()));
        Download draft = signedIn.as("manager", () -> reports.download(seed, ReportFormat.PDF));
        assertThat(draft.fileName()).isEqualTo("independent-scrutiny-report-2021-22-draft.pdf");
        assertThat(ReportTexts.pdf(draft.content())).contains("Draft for preview, not published");
        assertThat(signedIn.as("manager", () -> reports.publishedVersions(seed)))
                .isEqualTo(first);
        assertThat(signedIn.as(
                                "manager",
                                () -> reports.downloadPublished(first.getFirst().requireId()))
                        .content())
                .isEqualTo(firstPdf);

        signedIn.as("scrutineer", () -> reviews.signOff(seed, review(seed).version()));
        signedIn.as("manager", () -> reviews.publish(seed, review(seed).version()));

        List<PublishedReport> both = signedIn.as("manager", () -> reports.publishedVersions(seed));
        assertThat(both)
                .extracting(r -> r.version() + " " + r.format())
                .containsExactly("2 PDF", "2 WORD", "1 PDF", "1 WORD");
        Download latest = signedIn.as("health.lead", () -> reports.download(seed, ReportFormat.PDF));
        assertThat(latest.fileName()).isEqualTo("independent-scrutiny-report-2021-22-v2.pdf");
        assertThat(sha256(latest.content())).isEqualTo(both.getFirst().sha256());
        assertThat(ReportTexts.pdf(latest.content())).contains("Published version 2");
        assertThat(signedIn.as(
                                "manager",
                                () -> reports.downloadPublished(first.getFirst().requireId()))
                        .content())
                .isEqualTo(firstPdf);
        List<AuditEntry> history = signedIn.as("manager", () -> audit.history(ReviewService.reviewKey(seed)));
        assertThat(history).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("published report");
            assertThat(String.valueOf(e.newValue()))
                    .startsWith("version 2: PDF SHA-256 " + both.getFirst().sha256());
        });
    }

    @Test
    void a_review_with_unrated_questions_is_previewed_but_cannot_be_published() {
        ReviewId inProgress = year(2022);
        ReportModel preview = signedIn.as("scrutineer", () -> reports.preview(inProgress));
        assertThat(preview.edition().published()).isFalse();
        assertThat(preview.steps())
                .flatExtracting(ReportModel.StepSection::questions)
                .anySatisfy(q -> assertThat(q.rating()).isNull());
        String text = ReportTexts.pdf(signedIn.as("scrutineer", () -> reports.download(inProgress, ReportFormat.PDF))
                .content());
        assertThat(text)
                .contains("Draft for preview, not published")
                .contains("3.4 ")
                .contains("Rating: Not rated")
                .contains(ReportModel.NO_JUDGEMENT);

        assertThatThrownBy(() -> signedIn.as(
                        "manager",
                        () -> reviews.publish(inProgress, review(inProgress).version())))
                .isInstanceOf(RuleViolationException.class);
        ReviewDetails details = signedIn.as("manager", () -> reviews.review(inProgress));
        assertThatThrownBy(() -> publications.freeze(details))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cannot be published while questions")
                .hasMessageContaining("3.4")
                .hasMessageContaining("it can only be previewed");
        assertThat(signedIn.as("manager", () -> reports.publishedVersions(inProgress)))
                .isEmpty();
    }

    @Test
    void a_data_officer_reads_published_reports_only() {
        ReviewId seed = year(2021);
        ReviewId inProgress = year(2022);
        assertThat(signedIn.as("police.data", () -> reports.download(seed, ReportFormat.WORD))
                        .fileName())
                .isEqualTo("independent-scrutiny-report-2021-22-v1.docx");
        assertThatThrownBy(() -> signedIn.as("police.data", () -> reports.preview(inProgress)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("police.data", () -> reports.download(inProgress, ReportFormat.PDF)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_manager_publishes() {
        ReviewId seed = year(2021);
        signedIn.as(
                "officer", () -> reviews.reopen(seed, "Correction", review(seed).version()));
        signedIn.as("scrutineer", () -> reviews.signOff(seed, review(seed).version()));
        assertThatThrownBy(() -> signedIn.as(
                        "officer", () -> reviews.publish(seed, review(seed).version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("officer", () -> reports.publishedVersions(seed)))
                .hasSize(2);
    }
}
