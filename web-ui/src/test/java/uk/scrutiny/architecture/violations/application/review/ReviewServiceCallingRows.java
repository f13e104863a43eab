package uk.scrutiny.architecture.violations.application.review;

import uk.scrutiny.architecture.violations.persistence.review.ReviewRows;

/** Breaks the application rules and the inward direction of the modules: a use case calling an adapter, not a port. */
public class ReviewServiceCallingRows {

    private final ReviewRows rows;

    public ReviewServiceCallingRows(ReviewRows rows) {
        this.rows = rows;
    }

    public int count() {
        return rows.count();
    }
}
