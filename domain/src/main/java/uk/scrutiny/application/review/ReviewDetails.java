package uk.scrutiny.application.review;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.Step;
import uk.scrutiny.domain.review.RagSummary;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.RuleBreach;

/** A whole review as read: its framework, each question's assessment in order, and the derived summary. */
public record ReviewDetails(
        Review review,
        Framework framework,
        String partnership,
        List<QuestionAssessment> questions,
        RagSummary summary,
        @Nullable Review previous) {

    public List<QuestionAssessment> questionsOf(Step step) {
        return questions.stream()
                .filter(q -> q.question().ref().step() == step.number())
                .toList();
    }

    /** Every rule breach of every question, plus the missing overall judgement. */
    public List<RuleBreach> breaches() {
        return questions.stream().flatMap(q -> q.breaches().stream()).toList();
    }

    public boolean canBeSignedOff() {
        return breaches().isEmpty() && review.overallJudgement() != null;
    }
}
