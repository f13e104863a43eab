package uk.scrutiny.architecture.violations.batch;

import uk.scrutiny.architecture.violations.persistence.review.ReviewRows;

/** Breaks "only persistence knows persistence" (and the inward direction): the import calling an adapter. */
public class ScorecardRowsThroughPersistence {

    private final ReviewRows rows;

    public ScorecardRowsThroughPersistence(ReviewRows rows) {
        this.rows = rows;
    }

    public int reviews() {
        return rows.count();
    }
}
