package uk.scrutiny.domain.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.common.Text;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.framework.QuestionRef;

/**
 * The scrutineer's assessment of one question in one review: the rating (or none yet), the
 * commentary and the evidence cited, in the order cited. The recommended actions are kept beside
 * it ({@link RecommendedAction}), so that a partner lead's progress note never collides with the
 * scrutineer's edit. Each save checks {@link #version}: of two people editing the same question,
 * the second save is refused.
 */
public record Assessment(
        ReviewId reviewId,
        QuestionRef question,
        @Nullable RagRating rating,
        @Nullable String commentary,
        List<EvidenceId> citedEvidence,
        long version) {

    public Assessment {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(question, "question");
        commentary = Text.optional(commentary, "The commentary", 20_000);
        citedEvidence = List.copyOf(citedEvidence);
        if (citedEvidence.stream().distinct().count() != citedEvidence.size()) {
            throw new IllegalArgumentException("An evidence item is cited once per question");
        }
    }

    public static Assessment unrated(ReviewId reviewId, QuestionRef question) {
        return new Assessment(reviewId, question, null, null, List.of(), 0);
    }

    public boolean isRated() {
        return rating != null;
    }

    public Assessment rated(@Nullable RagRating newRating) {
        return new Assessment(reviewId, question, newRating, commentary, citedEvidence, version);
    }

    public Assessment withCommentary(@Nullable String text) {
        return new Assessment(reviewId, question, rating, text, citedEvidence, version);
    }

    public Assessment citing(EvidenceId evidence) {
        if (citedEvidence.contains(evidence)) {
            return this;
        }
        List<EvidenceId> cited = new ArrayList<>(citedEvidence);
        cited.add(evidence);
        return new Assessment(reviewId, question, rating, commentary, cited, version);
    }

    public Assessment notCiting(EvidenceId evidence) {
        List<EvidenceId> cited = new ArrayList<>(citedEvidence);
        cited.remove(evidence);
        return new Assessment(reviewId, question, rating, commentary, cited, version);
    }
}
