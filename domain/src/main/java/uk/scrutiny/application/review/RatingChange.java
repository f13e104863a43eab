package uk.scrutiny.application.review;

import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.review.RagRating;

/** How a question's rating moved against the previous review. Red is worst, Green best. */
public enum RatingChange {
    UP("Improved"),
    DOWN("Worse"),
    SAME("Same"),
    NEW("New"),
    NOT_RATED("Not rated");

    private final String label;

    RatingChange(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static RatingChange between(@Nullable RagRating before, @Nullable RagRating now) {
        if (now == null) {
            return NOT_RATED;
        }
        if (before == null) {
            return NEW;
        }
        // GREEN has the lowest ordinal: a lower ordinal is a better rating.
        int diff = before.ordinal() - now.ordinal();
        return diff > 0 ? UP : diff < 0 ? DOWN : SAME;
    }
}
