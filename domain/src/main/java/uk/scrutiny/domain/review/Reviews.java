package uk.scrutiny.domain.review;

import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.period.FinancialYear;

/** Every review the partnership has run. */
public interface Reviews {

    Optional<Review> find(ReviewId id);

    Optional<Review> findByYear(FinancialYear year);

    /** Newest year first. */
    List<Review> all();

    /** Adds a review (no id) or updates one, refusing a stale version; returns it as saved. */
    Review save(Review review);
}
