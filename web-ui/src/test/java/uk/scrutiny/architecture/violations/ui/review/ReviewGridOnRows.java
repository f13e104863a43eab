package uk.scrutiny.architecture.violations.ui.review;

import uk.scrutiny.architecture.violations.persistence.review.ReviewRows;

/** Breaks "only persistence knows persistence": a grid loading rows from an adapter. */
public class ReviewGridOnRows {

    private final ReviewRows rows;

    public ReviewGridOnRows(ReviewRows rows) {
        this.rows = rows;
    }

    public int size() {
        return rows.count();
    }
}
