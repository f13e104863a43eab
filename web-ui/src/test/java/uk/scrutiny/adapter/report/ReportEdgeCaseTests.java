package uk.scrutiny.adapter.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.evidence.EvidenceService;
import uk.scrutiny.application.report.ReportService;
import uk.scrutiny.application.review.QuestionAssessment;
import uk.scrutiny.application.review.ReviewDetails;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.report.ReportFormat;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.support.ReportTexts;
import uk.scrutiny.support.SignedIn;

/**
 * Text that could break a document: markup characters, quotes, emoji, a right-to-left name, very
 * long text, control characters; and a question with no evidence. Each file holds the text as
 * written, never as markup.
 */
@DemoApplicationTest
@Transactional
class ReportEdgeCaseTests {

    private static final String SCRUTINEER = "דנה לוי";
    private static final String TITLE = "Minutes <draft> & \"notes\" of the 'SOG' 😀";
    private static final String ACTION = "Check <script>alert('x')</script> & \"quotes\" — 😀 done";
    private static final String JUDGEMENT = "Effective & improving: <b>not bold</b> \"quoted\" 'single'";
    private static final String LONG = "The partnership's arrangements were examined in depth. ".repeat(300);
    private static final String LONG_ACTION = "Audit every agency's escalation records and report back. ".repeat(34);

    @Autowired
    ReviewService reviews;

    @Autowired
    EvidenceService evidence;

    @Autowired
    ReportService reports;

    @Autowired
    SignedIn signedIn;

    private ReviewDetails details(ReviewId id) {
        return signedIn.as("scrutineer", () -> reviews.review(id));
    }

    private long version(ReviewId id, String ref) {
        return details(id).questions().stream()
                .filter(q -> q.question().ref().toString().equals(ref))
                .findFirst()
                .orElseThrow()
                .assessment()
                .version();
    }

    private ReviewId awkwardReview() {
        ReviewDetails current = details(signedIn.as("scrutineer", () -> reviews.currentReview()));
        ReviewId id = signedIn.as(
                "officer",
                () -> reviews.create(FinancialYear.of(2023), current.framework().id(), SCRUTINEER, List.of()));
        QuestionRef q11 = QuestionRef.parse("1.1");
        QuestionRef q12 = QuestionRef.parse("1.2");
        EvidenceItem link = signedIn.as(
                "officer",
                () -> evidence.addLink(
                        TITLE, "https://example.org/minutes?year=2023&part=2", LocalDate.of(2023, 10, 3), null));
        signedIn.as("officer", () -> reviews.cite(id, q11, link.id(), version(id, "1.1")));
        signedIn.as("scrutineer", () -> {
            reviews.rate(id, q11, RagRating.GREEN, version(id, "1.1"));
            reviews.writeCommentary(id, q11, "Line one \u0007with a bell\nLine two 😀\n" + LONG, version(id, "1.1"));
            reviews.rate(id, q12, RagRating.RED, version(id, "1.2"));
            reviews.recommend(id, q11, ACTION, null, LocalDate.of(2024, 3, 31));
            reviews.recommend(id, q12, LONG_ACTION.strip(), null, null);
            reviews.writeOverallJudgement(id, JUDGEMENT, details(id).review().version());
        });
        return id;
    }

    @Test
    void awkward_text_comes_out_of_both_files_as_written() {
        ReviewId id = awkwardReview();
        byte[] pdf = signedIn.as("scrutineer", () -> reports.download(id, ReportFormat.PDF))
                .content();
        byte[] word = signedIn.as("scrutineer", () -> reports.download(id, ReportFormat.WORD))
                .content();

        for (String text : List.of(ReportTexts.pdf(pdf), ReportTexts.word(word))) {
            assertThat(text)
                    .contains(TITLE)
                    .contains("1. " + ACTION)
                    .contains(JUDGEMENT)
                    .contains(SCRUTINEER)
                    .contains("Line one with a bell Line two 😀")
                    .contains(ReportTexts.flat(LONG))
                    .contains("1. " + ReportTexts.flat(LONG_ACTION))
                    .contains("https://example.org/minutes?year=2023&part=2")
                    .contains("There is 1 area rated as green and 1 as red; 10 questions are not yet rated.");
        }
    }

    @Test
    void a_question_without_evidence_says_so() {
        ReviewId id = awkwardReview();
        QuestionAssessment q12 = details(id).questions().get(1);
        assertThat(q12.evidence()).isEmpty();
        String text = ReportTexts.word(signedIn.as("scrutineer", () -> reports.download(id, ReportFormat.WORD))
                .content());
        assertThat(text)
                .contains("1.2 " + q12.question().text() + " Rating: Red")
                .contains("Key measure KM2: " + q12.keyMeasure().text() + " Evidence No evidence cited.");
    }
}
