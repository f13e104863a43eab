package uk.scrutiny.domain.review;

import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.framework.QuestionRef;

/** The assessments of each review's questions. */
public interface Assessments {

    /** In question order. */
    List<Assessment> of(ReviewId review);

    Optional<Assessment> find(ReviewId review, QuestionRef question);

    /**
     * Adds or updates, refusing a stale version with
     * {@link uk.scrutiny.domain.common.ConcurrentChangeException}; returns it with its new version.
     */
    Assessment save(Assessment assessment);
}
