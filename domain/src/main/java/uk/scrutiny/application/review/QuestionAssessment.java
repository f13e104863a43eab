package uk.scrutiny.application.review;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.framework.KeyMeasure;
import uk.scrutiny.domain.framework.Question;
import uk.scrutiny.domain.review.Assessment;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.domain.review.RuleBreach;

/**
 * Everything shown for one question of a review: the question, its assessment, the evidence it
 * cites (in citing order), its recommended actions, the rules it breaks, and last year's rating
 * of the same question for comparison.
 */
public record QuestionAssessment(
        Question question,
        KeyMeasure keyMeasure,
        Assessment assessment,
        List<EvidenceItem> evidence,
        List<RecommendedAction> actions,
        List<RuleBreach> breaches,
        @Nullable RagRating previousRating) {

    public @Nullable RagRating rating() {
        return assessment.rating();
    }

    /** How the rating moved since the previous review. */
    public RatingChange change() {
        return RatingChange.between(previousRating, assessment.rating());
    }
}
