package uk.scrutiny.domain.action;

import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.review.ReviewId;

/** The action plan: every recommended action of every review. */
public interface RecommendedActions {

    Optional<RecommendedAction> find(ActionId id);

    /** A review's actions, by question and number. */
    List<RecommendedAction> of(ReviewId review);

    /** A page of actions matching the filter, by due date (undated last), then review and number. */
    List<RecommendedAction> find(ActionFilter filter, int offset, int limit);

    long count(ActionFilter filter);

    /** Adds (no id) or updates, refusing a stale version; saves the progress notes too. */
    RecommendedAction save(RecommendedAction action);
}
