package uk.scrutiny.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.domain.review.ReviewFixtures.action;
import static uk.scrutiny.domain.review.ReviewFixtures.assessment;
import static uk.scrutiny.domain.review.ReviewFixtures.document;
import static uk.scrutiny.domain.review.ReviewFixtures.draftMinutes;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.evidence.EvidenceItem;

class AssessmentRulesTests {

    @Test
    void green_with_approved_evidence_and_an_action_breaks_no_rule() {
        EvidenceItem doc = document(1);
        assertThat(kinds(assessment(RagRating.GREEN, doc), List.of(action(1)), doc))
                .isEmpty();
    }

    @Test
    void green_without_evidence_is_flagged() {
        assertThat(kinds(assessment(RagRating.GREEN), List.of(action(1))))
                .containsExactly(RuleBreach.Kind.GREEN_NEEDS_APPROVED_EVIDENCE);
    }

    @Test
    void green_resting_only_on_draft_minutes_is_flagged() {
        EvidenceItem draft = draftMinutes(2);
        assertThat(kinds(assessment(RagRating.GREEN, draft), List.of(action(1)), draft))
                .containsExactly(RuleBreach.Kind.GREEN_NEEDS_APPROVED_EVIDENCE);
    }

    @Test
    void amber_without_evidence_is_flagged() {
        assertThat(kinds(assessment(RagRating.AMBER), List.of(action(1))))
                .containsExactly(RuleBreach.Kind.AMBER_NEEDS_EVIDENCE);
    }

    @Test
    void red_needs_no_evidence_but_still_an_action() {
        assertThat(kinds(assessment(RagRating.RED), List.of(action(1)))).isEmpty();
        assertThat(kinds(assessment(RagRating.RED), List.of())).containsExactly(RuleBreach.Kind.NEEDS_ACTION_PLAN);
    }

    @Test
    void every_rating_needs_an_action_plan() {
        EvidenceItem doc = document(1);
        for (RagRating rating : RagRating.values()) {
            assertThat(kinds(assessment(rating, doc), List.of(), doc)).contains(RuleBreach.Kind.NEEDS_ACTION_PLAN);
        }
    }

    @Test
    void an_unrated_question_is_flagged() {
        Assessment unrated = Assessment.unrated(ReviewFixtures.REVIEW, ReviewFixtures.Q23);
        assertThat(kinds(unrated, List.of(action(1)))).containsExactly(RuleBreach.Kind.NOT_RATED);
    }

    @Test
    void a_breach_says_which_question_and_what_to_do() {
        RuleBreach breach = new RuleBreach(ReviewFixtures.Q23, RuleBreach.Kind.GREEN_NEEDS_APPROVED_EVIDENCE);
        assertThat(breach.message()).startsWith("Question 2.3 is rated Green").contains("cite one");
    }

    private static List<RuleBreach.Kind> kinds(
            Assessment assessment, List<RecommendedAction> actions, EvidenceItem... items) {
        Map<EvidenceId, EvidenceItem> byId =
                Stream.of(items).collect(Collectors.toMap(EvidenceItem::id, Function.identity()));
        long inPlan = actions.stream().filter(RecommendedAction::isInPlan).count();
        return AssessmentRules.breaches(assessment, inPlan, byId).stream()
                .map(RuleBreach::kind)
                .toList();
    }
}
