package uk.scrutiny.architecture.violations;

import uk.scrutiny.architecture.violations.persistence.review.ReviewRows;

/** Breaks "only persistence knows persistence": configuration in the root package wiring an adapter by hand. */
public class StorageConfiguration {

    public ReviewRows reviewRows() {
        return new ReviewRows(null);
    }
}
