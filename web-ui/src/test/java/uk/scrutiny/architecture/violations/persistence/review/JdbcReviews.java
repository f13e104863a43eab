package uk.scrutiny.architecture.violations.persistence.review;

import uk.scrutiny.architecture.violations.domain.review.Reviews;

/** Breaks the adapter rule: public, so that others could name it instead of its port. */
public class JdbcReviews implements Reviews {

    @Override
    public int count() {
        return 0;
    }
}
