package uk.scrutiny.adapter.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import uk.scrutiny.application.report.ReportService;
import uk.scrutiny.application.review.QuestionAssessment;
import uk.scrutiny.application.review.ReviewDetails;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.common.Download;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.report.ReportFormat;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.support.ReportTexts;
import uk.scrutiny.support.SignedIn;

/**
 * The seed's 2021/22 review as the files anyone downloads: the text of the PDF and of the Word
 * file hold every question, rating, evidence item and action, the summary and the judgement; the
 * PDF is tagged and the Word file is built on heading styles.
 */
@DemoApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedReportFilesTests {

    @Autowired
    ReviewService reviews;

    @Autowired
    ReportService reports;

    @Autowired
    SignedIn signedIn;

    private ReviewDetails seed;
    private byte[] pdf;
    private byte[] word;
    private String pdfText;
    private String wordText;

    @BeforeAll
    void download() {
        signedIn.as("health.lead", () -> {
            var id = reviews.reviews().stream()
                    .filter(r -> r.year().equals(FinancialYear.of(2021)))
                    .findFirst()
                    .orElseThrow()
                    .id();
            seed = reviews.review(id);
            pdf = reports.download(id, ReportFormat.PDF).content();
            word = reports.download(id, ReportFormat.WORD).content();
        });
        pdfText = ReportTexts.pdf(pdf);
        wordText = ReportTexts.word(word);
    }

    private List<String> texts() {
        return List.of(pdfText, wordText);
    }

    @Test
    void both_files_hold_every_question_with_its_rating() {
        assertThat(seed.questions()).hasSize(12);
        for (String text : texts()) {
            for (QuestionAssessment q : seed.questions()) {
                String heading = q.question().ref() + " " + q.question().text();
                assertThat(text).contains(heading + " Rating: " + q.rating().label());
            }
        }
    }

    @Test
    void both_files_hold_every_evidence_item_cited() {
        for (String text : texts()) {
            for (QuestionAssessment q : seed.questions()) {
                for (EvidenceItem item : q.evidence()) {
                    assertThat(text)
                            .contains(ReportTexts.flat(item.title()))
                            .contains(ReportTexts.flat(item.reference()));
                }
            }
        }
    }

    @Test
    void both_files_hold_every_recommended_action_with_its_number() {
        for (String text : texts()) {
            for (QuestionAssessment q : seed.questions()) {
                for (RecommendedAction a : q.actions()) {
                    assertThat(text).contains(a.number() + ". " + a.text());
                }
            }
        }
    }

    @Test
    void both_files_give_the_summary_and_the_overall_judgement() {
        for (String text : texts()) {
            assertThat(text)
                    .contains("There are 6 areas rated as green and 6 as amber.")
                    .contains("Overall the Safeguarding Children Arrangements are effective.")
                    .contains("Independent Scrutiny Report 2021/22")
                    .contains("Salford Safeguarding Children Partnership")
                    .contains("April 2021 to March 2022")
                    .contains("Simon Westwood")
                    .contains("Published version 1, 31 March 2022");
        }
    }

    @Test
    void the_pdf_is_tagged_with_its_language_and_title() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDStructureTreeRoot structure = doc.getDocumentCatalog().getStructureTreeRoot();
            assertThat(structure).isNotNull();
            assertThat(structure.getKids()).isNotEmpty();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Independent Scrutiny Report 2021/22 — Salford Safeguarding Children Partnership");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle())
                    .isTrue();
            assertThat(doc.getPage(0).getResources().getFontNames())
                    .allSatisfy(name -> assertThat(
                                    doc.getPage(0).getResources().getFont(name).isEmbedded())
                            .isTrue());
        }
    }

    @Test
    void the_word_file_is_built_on_heading_styles() throws IOException {
        List<String> styled = ReportTexts.styledParagraphs(word);
        assertThat(styled)
                .contains(
                        "Title: Independent Scrutiny Report 2021/22",
                        "Heading1: Overall judgement",
                        "Heading1: Step 1: Arrangements in place",
                        "Heading3: Evidence",
                        "Heading3: Recommended actions");
        for (QuestionAssessment q : seed.questions()) {
            assertThat(styled)
                    .contains("Heading2: " + q.question().ref() + " "
                            + q.question().text());
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(word))) {
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles()
                            .getStyle("Heading2")
                            .getCTStyle()
                            .getPPr()
                            .getOutlineLvl()
                            .getVal())
                    .isEqualTo(1);
            assertThat(doc.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Independent Scrutiny Report 2021/22 — Salford Safeguarding Children Partnership");
        }
    }

    @Test
    void the_grid_gives_each_rating_in_words() {
        for (String text : texts()) {
            assertThat(text)
                    .contains("Ratings by step and key measure")
                    .contains("1.1 Green")
                    .contains("1.3 Amber")
                    .contains("3.4 Green");
        }
    }

    @Test
    void the_files_served_are_the_ones_stored_at_publication() {
        Download stored =
                signedIn.as("manager", () -> reports.download(seed.review().requireId(), ReportFormat.PDF));
        assertThat(stored.fileName()).isEqualTo("independent-scrutiny-report-2021-22-v1.pdf");
        assertThat(stored.content()).isEqualTo(pdf);
    }
}
