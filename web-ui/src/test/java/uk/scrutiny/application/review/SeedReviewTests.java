package uk.scrutiny.application.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.scrutiny.application.audit.AuditService;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.audit.AuditEntry;
import uk.scrutiny.domain.audit.AuditFilter;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.period.UkDates;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.domain.review.RagSummary;
import uk.scrutiny.domain.review.ReviewStatus;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.support.SignedIn;

/** The demo data holds the seed report's 2021/22 review exactly as the seed maps it. */
@DemoApplicationTest
class SeedReviewTests {

    private static final Map<String, RagRating> RATINGS = Map.ofEntries(
            Map.entry("1.1", RagRating.GREEN),
            Map.entry("1.2", RagRating.GREEN),
            Map.entry("1.3", RagRating.AMBER),
            Map.entry("1.4", RagRating.GREEN),
            Map.entry("2.1", RagRating.AMBER),
            Map.entry("2.2", RagRating.AMBER),
            Map.entry("2.3", RagRating.AMBER),
            Map.entry("2.4", RagRating.GREEN),
            Map.entry("3.1", RagRating.AMBER),
            Map.entry("3.2", RagRating.GREEN),
            Map.entry("3.3", RagRating.AMBER),
            Map.entry("3.4", RagRating.GREEN));

    private static final Map<String, List<String>> EVIDENCE = Map.ofEntries(
            Map.entry("1.1", List.of("Salford Exec Terms of Reference.docx")),
            Map.entry(
                    "1.2",
                    List.of(
                            "support-and-safeguarding-january-2022.pdf",
                            "education-project-strengthening-diversity-w…")),
            Map.entry("1.3", List.of("09 Q2 Scorecard INFO.docx")),
            Map.entry(
                    "1.4",
                    List.of(
                            "7-practice-review-referral-form-v10.pdf",
                            "salford-review-activities-and-timescale-flow…")),
            Map.entry(
                    "2.1",
                    List.of(
                            "dec-2021-partners-in-salford-newsletter.pdf",
                            "salford-interboard-protocol-october-2019…")),
            Map.entry(
                    "2.2", List.of("https://greatermanchesterscb.proceduresonline.com/chapters/p_info_s_haring.html")),
            Map.entry("2.3", List.of("Minutes SOG 2021-11-08 Approved")),
            Map.entry("2.4", List.of("learning-from-lockdown-7-mb.pdf")),
            Map.entry(
                    "3.1",
                    List.of("SSCP Action Log 13 December 2021 (1).doc", "Salford Independent Scrutiny Role .docx")),
            Map.entry("3.2", List.of("sscp-minutes-2021-12-13-approved-v2.pdf")),
            Map.entry("3.3", List.of("annual Report Action Priorities 21 22.docx")),
            Map.entry("3.4", List.of("Salford TTL Practice Guidance (1).pdf")));

    private static final Map<String, List<String>> ACTIONS = Map.ofEntries(
            Map.entry(
                    "1.1",
                    List.of(
                            "Approve budget and funding for 23/24 post ICS changes",
                            "Continue to pursue more equitable funding from GMP",
                            "Receive an annual independent scrutiny report")),
            Map.entry(
                    "1.2",
                    List.of(
                            "Strengthen the engagement with community groups through CVS.",
                            "Seek assurance re safeguarding arrangements for children missing school and those in elective home education")),
            Map.entry(
                    "1.3",
                    List.of(
                            "Improve analysis capacity so that the partnership receives a multi-agency picture of activity relating to the agreed priorities",
                            "Increase input of police and health data")),
            Map.entry(
                    "1.4",
                    List.of(
                            "Refresh communications on the process in newsletter",
                            "Consider how to ensure Salford learns from GM wide reviews.")),
            Map.entry(
                    "2.1",
                    List.of(
                            "Evaluate the thematic approach agreed by the Inter Board Chairs for 2022",
                            "Increase engagement and leadership of the HWBB on Partnership priorities",
                            "Review impact of new DA legislation on children safeguarding")),
            Map.entry(
                    "2.2",
                    List.of(
                            "Refresh information sharing messages and advice on consent to frontline staff across agencies in line with the updated guidance Support and Safeguarding in Salford",
                            "Update training needs assessment")),
            Map.entry(
                    "2.3",
                    List.of(
                            "Refresh outcome statements",
                            "Refresh impact measures",
                            "Survey a sample of children and parents to gather views on what has made a difference.")),
            Map.entry(
                    "2.4",
                    List.of(
                            "Survey frontline practitioners to understand how they have used new learning in practice.",
                            "What has changed?")),
            Map.entry(
                    "3.1",
                    List.of(
                            "Review of scrutiny arrangements to be completed by June 2022",
                            "Commission independent audit in the autumn of arrangements post move to ICS/ICB and planned revisions to current arrangements are implemented")),
            Map.entry("3.2", List.of("Audit use of escalation policy", "Agree/revise priorities for 2022/2023")),
            Map.entry(
                    "3.3",
                    List.of(
                            "Ensure evidence of implementation is included in the annual report",
                            "review arrangements for early help/safeguarding under1's with ICS/B")),
            Map.entry(
                    "3.4",
                    List.of(
                            "Audit changes made as a direct result of rapid/case review learning recommendations",
                            "Produce a learning and development assurance report for the annual report")));

    @Autowired
    ReviewService reviews;

    @Autowired
    SignedIn signedIn;

    @Autowired
    AuditService audit;

    private ReviewDetails seed() {
        return signedIn.as("scrutineer", () -> {
            ReviewListItem item = reviews.reviews().stream()
                    .filter(r -> r.year().equals(FinancialYear.of(2021)))
                    .findFirst()
                    .orElseThrow();
            return reviews.review(item.id());
        });
    }

    @Test
    void the_demo_data_comes_with_the_history_of_its_year() {
        ReviewDetails seed = seed();
        String question = ReviewService.assessmentKey(seed.review().requireId(), QuestionRef.parse("1.1"));

        List<AuditEntry> rated = signedIn.as("health.lead", () -> audit.history(question));
        List<AuditEntry> lifecycle = signedIn.as(
                "officer",
                () -> audit.history(ReviewService.reviewKey(seed.review().requireId())));
        long entries = signedIn.as("manager", () -> audit.count(AuditFilter.ALL));

        assertThat(rated)
                .extracting(AuditEntry::actor, AuditEntry::field, AuditEntry::newValue)
                .containsExactly(
                        tuple("scrutineer", "rating", "Green"),
                        tuple("scrutineer", "evidence cited", "Salford Exec Terms of Reference"));
        assertThat(UkDates.day(rated.getFirst().at())).isEqualTo(LocalDate.of(2022, 3, 14));
        assertThat(lifecycle)
                .extracting(AuditEntry::actor, AuditEntry::field, AuditEntry::newValue)
                .startsWith(
                        tuple(
                                "officer",
                                "created",
                                "framework " + seed.framework().label()
                                        + ", scrutineer Simon Westwood, 0 actions carried forward"),
                        tuple("officer", "status", "In review"),
                        tuple("scrutineer", "status", "Signed off"),
                        tuple("manager", "status", "Published"));
        assertThat(entries)
                .as("every rating, citation, action, note, evidence item and scorecard of the demo years")
                .isGreaterThan(100);
    }

    @Test
    void the_seed_review_is_published_with_six_green_and_six_amber() {
        ReviewDetails seed = seed();
        assertThat(seed.review().status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(seed.summary()).isEqualTo(new RagSummary(6, 6, 0, 0));
        assertThat(seed.summary().sentence()).isEqualTo("There are 6 areas rated as green and 6 as amber");
    }

    @Test
    void the_seed_review_keeps_the_reports_period_scrutineer_and_judgement() {
        ReviewDetails seed = seed();
        assertThat(seed.review().year().spanInWords()).isEqualTo("April 2021 to March 2022");
        assertThat(seed.review().scrutineer()).isEqualTo("Simon Westwood");
        assertThat(seed.review().overallJudgement())
                .isEqualTo("Overall the Safeguarding Children Arrangements are effective.");
        assertThat(seed.partnership()).isEqualTo("Salford Safeguarding Children Partnership");
    }

    @Test
    void every_question_has_the_seeds_rating() {
        assertThat(seed().questions())
                .hasSize(12)
                .allSatisfy(q -> assertThat(q.rating())
                        .as(q.question().ref().toString())
                        .isEqualTo(RATINGS.get(q.question().ref().toString())));
    }

    @Test
    void every_question_cites_the_evidence_the_seed_names() {
        for (QuestionAssessment q : seed().questions()) {
            assertThat(q.evidence())
                    .extracting(EvidenceItem::reference)
                    .as(q.question().ref().toString())
                    .containsExactlyElementsOf(EVIDENCE.get(q.question().ref().toString()));
        }
    }

    @Test
    void every_question_has_the_seeds_numbered_actions_in_order() {
        for (QuestionAssessment q : seed().questions()) {
            assertThat(q.actions())
                    .extracting(RecommendedAction::text)
                    .as(q.question().ref().toString())
                    .containsExactlyElementsOf(ACTIONS.get(q.question().ref().toString()));
            assertThat(q.actions())
                    .extracting(RecommendedAction::number)
                    .containsExactlyElementsOf(
                            IntStream.rangeClosed(1, q.actions().size()).boxed().toList());
        }
    }

    @Test
    void the_seed_review_breaks_none_of_the_frameworks_rules() {
        assertThat(seed().breaches()).isEmpty();
    }

    @Test
    void the_framework_holds_the_seeds_questions_and_key_measures() {
        ReviewDetails seed = seed();
        assertThat(seed.framework().keyMeasures()).hasSize(4);
        assertThat(seed.framework().keyMeasure(3).text())
                .isEqualTo(
                        "Appropriate quality assurance procedures are in place for data collection, audit and information sharing");
        assertThat(seed.questions().get(0).question().text())
                .isEqualTo(
                        "Have the three partners agreed a process for developing, reviewing and funding the Salford Safeguarding Children Partnership arrangements including case reviews?");
        assertThat(seed.questions())
                .allSatisfy(q -> assertThat(q.question().keyMeasure())
                        .isEqualTo(q.question().ref().number()));
    }

    @Test
    void the_year_in_progress_compares_with_the_seed() {
        ReviewDetails current = signedIn.as("scrutineer", () -> reviews.review(reviews.currentReview()));
        assertThat(current.review().year()).isEqualTo(FinancialYear.of(2022));
        assertThat(current.review().status()).isEqualTo(ReviewStatus.IN_REVIEW);
        assertThat(current.previous()).isNotNull();
        QuestionAssessment q23 = current.questions().stream()
                .filter(q -> q.question().ref().toString().equals("2.3"))
                .findFirst()
                .orElseThrow();
        assertThat(q23.previousRating()).isEqualTo(RagRating.AMBER);
        assertThat(q23.rating()).isEqualTo(RagRating.RED);
        assertThat(current.questions())
                .flatExtracting(QuestionAssessment::actions)
                .anySatisfy(a -> assertThat(a.carriedFrom()).isNotNull());
    }
}
