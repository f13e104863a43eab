package uk.scrutiny.architecture.violations.persistence.review;

import uk.scrutiny.architecture.violations.domain.review.Reviews;

/** Breaks the naming rule: an adapter whose name does not say what it is built on. */
class ReviewStore implements Reviews {

    @Override
    public int count() {
        return 0;
    }
}
