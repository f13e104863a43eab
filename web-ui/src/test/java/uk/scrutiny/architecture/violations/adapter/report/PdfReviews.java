package uk.scrutiny.architecture.violations.adapter.report;

import uk.scrutiny.architecture.violations.domain.review.Reviews;

/** An adapter in the adapter layer; a view that named it would break the layers. */
class PdfReviews implements Reviews {

    @Override
    public int count() {
        return 1;
    }
}
