package uk.scrutiny.persistence.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.evidence.StoredFile;
import uk.scrutiny.domain.framework.Frameworks;
import uk.scrutiny.domain.report.PublishedReport;
import uk.scrutiny.domain.report.PublishedReports;
import uk.scrutiny.domain.report.ReportFormat;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.domain.review.Reviews;
import uk.scrutiny.persistence.Fixtures;

@Transactional
abstract class JdbcPublishedReportsTests {

    @Autowired
    PublishedReports published;

    @Autowired
    Reviews reviews;

    @Autowired
    Frameworks frameworks;

    private static PublishedReport report(ReviewId review, int version, ReportFormat format, char digit) {
        StoredFile file = new StoredFile(
                "2022/03/report-" + digit,
                "independent-scrutiny-report-2021-22-v" + version + "." + format.extension(),
                String.valueOf(digit).repeat(64),
                format.contentType(),
                4321);
        return new PublishedReport(null, review, version, format, file, Fixtures.AT.plusSeconds(version), "manager");
    }

    @Test
    void a_published_file_keeps_its_hash_time_and_publisher() {
        ReviewId review = Fixtures.savedReview(reviews, frameworks, 2021).requireId();
        PublishedReport saved = published.add(report(review, 1, ReportFormat.PDF, 'a'));

        assertThat(saved.id()).isNotNull();
        assertThat(published.find(saved.requireId())).contains(saved);
        assertThat(saved.sha256()).isEqualTo("a".repeat(64));
        assertThat(saved.publishedAt()).isEqualTo(Fixtures.AT.plusSeconds(1));
    }

    @Test
    void every_version_is_listed_newest_first_with_pdf_before_word() {
        ReviewId review = Fixtures.savedReview(reviews, frameworks, 2021).requireId();
        published.add(report(review, 1, ReportFormat.WORD, 'b'));
        published.add(report(review, 1, ReportFormat.PDF, 'a'));
        published.add(report(review, 2, ReportFormat.PDF, 'c'));
        published.add(report(review, 2, ReportFormat.WORD, 'd'));

        assertThat(published.of(review))
                .extracting(r -> r.version() + " " + r.format())
                .containsExactly("2 PDF", "2 WORD", "1 PDF", "1 WORD");
    }

    @Test
    void a_second_file_of_the_same_version_and_format_is_refused() {
        ReviewId review = Fixtures.savedReview(reviews, frameworks, 2021).requireId();
        published.add(report(review, 1, ReportFormat.PDF, 'a'));

        assertThatThrownBy(() -> published.add(report(review, 1, ReportFormat.PDF, 'e')))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(published.of(review))
                .singleElement()
                .satisfies(r -> assertThat(r.sha256()).isEqualTo("a".repeat(64)));
    }
}
