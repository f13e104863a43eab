package uk.scrutiny.application.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.action.ActionPlanService;
import uk.scrutiny.application.admin.ReferenceDataService;
import uk.scrutiny.application.audit.AuditService;
import uk.scrutiny.application.evidence.EvidenceService;
import uk.scrutiny.domain.action.ActionStatus;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.audit.AuditEntry;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.review.Assessment;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.domain.review.ReviewStatus;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.support.SignedIn;

/** The review use cases against the real application on the embedded database: rules, roles and conflicts. */
@DemoApplicationTest
@Transactional
class ReviewServiceTests {

    private static final QuestionRef Q11 = QuestionRef.parse("1.1");

    @Autowired
    ReviewService reviews;

    @Autowired
    EvidenceService evidence;

    @Autowired
    ActionPlanService actionPlan;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    AuditService audit;

    @Autowired
    SignedIn signedIn;

    private ReviewDetails inProgress() {
        return signedIn.as("scrutineer", () -> reviews.review(reviews.currentReview()));
    }

    private Assessment assessment(ReviewDetails details, String ref) {
        return question(details, ref).assessment();
    }

    private static QuestionAssessment question(ReviewDetails details, String ref) {
        return details.questions().stream()
                .filter(q -> q.question().ref().toString().equals(ref))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_scrutineer_rates_a_question_and_the_change_is_audited() {
        ReviewDetails review = inProgress();
        ReviewId id = review.review().requireId();
        Assessment before = assessment(review, "3.4");
        Assessment after = signedIn.as(
                "scrutineer", () -> reviews.rate(id, QuestionRef.parse("3.4"), RagRating.AMBER, before.version()));
        assertThat(after.rating()).isEqualTo(RagRating.AMBER);
        assertThat(after.version()).isGreaterThan(before.version());
        List<AuditEntry> history =
                signedIn.as("manager", () -> audit.history(ReviewService.assessmentKey(id, QuestionRef.parse("3.4"))));
        assertThat(history).last().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("scrutineer");
            assertThat(entry.field()).isEqualTo("rating");
            assertThat(entry.oldValue()).isNull();
            assertThat(entry.newValue()).isEqualTo("Amber");
        });
    }

    @Test
    void a_partner_lead_cannot_change_a_rating() {
        ReviewDetails review = inProgress();
        long version = assessment(review, "1.1").version();
        assertThatThrownBy(() -> signedIn.as(
                        "health.lead", () -> reviews.rate(review.review().requireId(), Q11, RagRating.RED, version)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_business_unit_cannot_rate_either() {
        ReviewDetails review = inProgress();
        long version = assessment(review, "1.1").version();
        assertThatThrownBy(() -> signedIn.as(
                        "manager", () -> reviews.rate(review.review().requireId(), Q11, RagRating.RED, version)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_second_save_of_the_same_question_is_refused_and_nothing_is_overwritten() {
        ReviewDetails review = inProgress();
        ReviewId id = review.review().requireId();
        long readVersion = assessment(review, "1.1").version();
        signedIn.as("scrutineer", () -> reviews.writeCommentary(id, Q11, "First person's words", readVersion));
        assertThatThrownBy(() -> signedIn.as(
                        "scrutineer", () -> reviews.writeCommentary(id, Q11, "Second person's words", readVersion)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("Question 1.1 of the 2022/23 review was changed by someone else");
        assertThat(assessment(inProgress(), "1.1").commentary()).isEqualTo("First person's words");
    }

    @Test
    void a_data_officer_reads_only_published_reviews() {
        ReviewDetails review = inProgress();
        assertThat(signedIn.as("police.data", () -> reviews.reviews()))
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReviewStatus.PUBLISHED));
        assertThatThrownBy(() -> signedIn.as(
                        "police.data", () -> reviews.review(review.review().requireId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_published_review_is_read_only() {
        ReviewDetails seed = signedIn.as(
                "scrutineer", () -> reviews.review(reviews.reviews().getLast().id()));
        assertThat(seed.review().status()).isEqualTo(ReviewStatus.PUBLISHED);
        long version = assessment(seed, "1.1").version();
        assertThatThrownBy(() -> signedIn.as(
                        "scrutineer", () -> reviews.rate(seed.review().requireId(), Q11, RagRating.RED, version)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("read-only");
    }

    @Test
    void sign_off_is_refused_while_a_rule_is_broken_then_succeeds() {
        ReviewId id = signedIn.as(
                "officer",
                () -> reviews.create(
                        FinancialYear.of(2023), inProgress().framework().id(), "Simon Westwood", List.of()));
        Review draft = signedIn.as("officer", () -> reviews.review(id).review());
        signedIn.as("officer", () -> reviews.beginScrutiny(id, draft.version()));
        EvidenceItem terms = signedIn.as(
                "officer",
                () -> evidence.addLink(
                        "Executive terms of reference 2023",
                        "https://example.org/terms",
                        LocalDate.of(2023, 5, 1),
                        null));

        ReviewDetails started = signedIn.as("scrutineer", () -> reviews.review(id));
        for (QuestionAssessment q : started.questions()) {
            QuestionRef ref = q.question().ref();
            signedIn.as(
                    "scrutineer",
                    () -> reviews.rate(id, ref, RagRating.GREEN, q.assessment().version()));
        }
        ReviewDetails rated = signedIn.as("scrutineer", () -> reviews.review(id));
        assertThatThrownBy(() -> signedIn.as(
                        "scrutineer", () -> reviews.signOff(id, rated.review().version())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Write the overall judgement")
                .hasMessageContaining("Question 1.1 is rated Green, which needs at least one approved evidence item")
                .hasMessageContaining("Question 3.4 has no recommended action");

        for (QuestionAssessment q : rated.questions()) {
            QuestionRef ref = q.question().ref();
            signedIn.as(
                    "officer",
                    () -> reviews.cite(id, ref, terms.id(), q.assessment().version()));
            signedIn.as(
                    "scrutineer",
                    () -> reviews.recommend(
                            id,
                            ref,
                            "Keep the terms of reference under review",
                            AgencyCode.of("LA"),
                            LocalDate.of(2024, 3, 31)));
        }
        Review judged = signedIn.as(
                "scrutineer",
                () -> reviews.writeOverallJudgement(
                        id,
                        "Overall the arrangements are effective.",
                        rated.review().version()));
        Review signedOff = signedIn.as("scrutineer", () -> reviews.signOff(id, judged.version()));
        assertThat(signedOff.status()).isEqualTo(ReviewStatus.SIGNED_OFF);

        assertThatThrownBy(() -> signedIn.as("officer", () -> reviews.publish(id, signedOff.version())))
                .isInstanceOf(AccessDeniedException.class);
        Review published = signedIn.as("manager", () -> reviews.publish(id, signedOff.version()));
        assertThat(published.status()).isEqualTo(ReviewStatus.PUBLISHED);
        Review reopened = signedIn.as(
                "officer", () -> reviews.reopen(id, "Question 2.1's evidence was mislabelled", published.version()));
        assertThat(reopened.history().getLast().reason()).isEqualTo("Question 2.1's evidence was mislabelled");
    }

    @Test
    void creating_next_years_review_carries_forward_the_chosen_open_actions() {
        ReviewDetails current = inProgress();
        List<RecommendedAction> candidates =
                signedIn.as("officer", () -> reviews.carryForwardCandidates(FinancialYear.of(2023)));
        assertThat(candidates)
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.status().isOutstanding()).isTrue());
        RecommendedAction chosen = candidates.getFirst();
        ReviewId next = signedIn.as(
                "officer",
                () -> reviews.create(
                        FinancialYear.of(2023),
                        current.framework().id(),
                        "Simon Westwood",
                        List.of(chosen.requireId())));
        ReviewDetails created = signedIn.as("officer", () -> reviews.review(next));
        assertThat(created.questions())
                .flatExtracting(QuestionAssessment::actions)
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.text()).isEqualTo(chosen.text());
                    assertThat(a.carriedFrom()).isEqualTo(chosen.id());
                    assertThat(a.number()).isEqualTo(1);
                });
        assertThat(created.summary().unrated()).isEqualTo(12);
    }

    @Test
    void a_partner_lead_updates_only_their_own_agencys_actions() {
        ReviewDetails review = inProgress();
        RecommendedAction health = review.questions().stream()
                .flatMap(q -> q.actions().stream())
                .filter(a -> a.owner() != null && a.owner().value().equals("HEALTH"))
                .findFirst()
                .orElseThrow();
        RecommendedAction police = review.questions().stream()
                .flatMap(q -> q.actions().stream())
                .filter(a -> a.owner() != null && a.owner().value().equals("POLICE"))
                .findFirst()
                .orElseThrow();

        RecommendedAction updated = signedIn.as(
                "health.lead",
                () -> actionPlan.addProgress(
                        health.requireId(), "Meeting held with the ICB", ActionStatus.IN_PROGRESS, health.version()));
        assertThat(updated.notes()).last().satisfies(n -> assertThat(n.text()).isEqualTo("Meeting held with the ICB"));
        assertThatThrownBy(() -> signedIn.as(
                        "health.lead",
                        () -> actionPlan.addProgress(police.requireId(), "Not mine", null, police.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(
                        "police.data",
                        () -> actionPlan.addProgress(
                                police.requireId(), "Data officers have no part in the plan", null, police.version())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_manager_administers_reference_data() {
        var la = signedIn.as("officer", () -> referenceData.agencies()).stream()
                .filter(a -> a.code().value().equals("LA"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> signedIn.as("officer", () -> referenceData.save(la)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_insecure_link_is_refused_as_evidence() {
        assertThatThrownBy(() -> signedIn.as(
                        "officer",
                        () -> evidence.addLink(
                                "Procedures", "http://example.org/procedures", LocalDate.of(2023, 5, 1), null)))
                .hasMessageContaining("is not an https:// address");
    }

    @Test
    void setting_up_next_years_review_leaves_the_review_in_progress_current_for_everyone() {
        ReviewId inProgress = signedIn.as("scrutineer", reviews::currentReview);
        ReviewId draft = signedIn.as(
                "officer",
                () -> reviews.create(
                        FinancialYear.of(2023), inProgress().framework().id(), "Simon Westwood", List.of()));

        assertThat(draft).isNotEqualTo(inProgress);
        for (String user : List.of("scrutineer", "health.lead", "officer", "manager")) {
            assertThat(signedIn.as(user, reviews::currentReview)).as(user).isEqualTo(inProgress);
        }
    }

    @Test
    void a_draft_is_current_only_when_no_review_is_in_progress() {
        ReviewDetails current = inProgress();
        ReviewId draft = signedIn.as(
                "officer",
                () -> reviews.create(FinancialYear.of(2023), current.framework().id(), "Simon Westwood", List.of()));
        for (QuestionAssessment q : current.questions()) {
            signedIn.as(
                    "scrutineer",
                    () -> reviews.assess(
                            current.review().requireId(),
                            q.question().ref(),
                            RagRating.RED,
                            "Not enough yet.",
                            q.assessment().version()));
        }
        ReviewDetails rated = inProgress();
        signedIn.as(
                "scrutineer",
                () -> reviews.writeOverallJudgement(
                        rated.review().requireId(),
                        "Work to do.",
                        rated.review().version()));
        ReviewDetails judged =
                signedIn.as("scrutineer", () -> reviews.review(rated.review().requireId()));
        for (QuestionAssessment q :
                judged.questions().stream().filter(q -> q.actions().isEmpty()).toList()) {
            signedIn.as(
                    "scrutineer",
                    () -> reviews.recommend(
                            judged.review().requireId(), q.question().ref(), "Gather the evidence.", null, null));
        }
        signedIn.as(
                "scrutineer",
                () -> reviews.signOff(
                        judged.review().requireId(),
                        reviews.review(judged.review().requireId()).review().version()));

        assertThat(signedIn.as("scrutineer", reviews::currentReview)).isEqualTo(draft);
    }

    @Test
    void the_same_link_added_twice_is_cited_once_on_a_question() {
        ReviewDetails review = inProgress();
        ReviewId id = review.review().requireId();
        EvidenceItem first = signedIn.as(
                "officer",
                () -> evidence.addLink("Procedures", "https://example.org/procedures", LocalDate.of(2023, 5, 1), null));
        EvidenceItem again = signedIn.as(
                "officer",
                () -> evidence.addLink(
                        "Procedures, once more", "https://example.org/procedures", LocalDate.of(2023, 5, 2), null));
        signedIn.as(
                "officer",
                () -> reviews.cite(
                        id, Q11, first.id(), assessment(review, "1.1").version()));

        long version = assessment(inProgress(), "1.1").version();
        assertThatThrownBy(() -> signedIn.as("officer", () -> reviews.cite(id, Q11, again.id(), version)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Question 1.1 already cites https://example.org/procedures (as 'Procedures'): "
                        + "a link is cited once.");
        assertThat(assessment(inProgress(), "1.1").citedEvidence())
                .contains(first.id())
                .doesNotContain(again.id());
    }
}
