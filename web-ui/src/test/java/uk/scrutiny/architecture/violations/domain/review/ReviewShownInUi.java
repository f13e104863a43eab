package uk.scrutiny.architecture.violations.domain.review;

import uk.scrutiny.architecture.violations.ui.review.ReviewCaption;

/** Breaks the plain-Java domain and the inward direction of the modules: the model knowing a view's caption. */
public class ReviewShownInUi {

    public ReviewCaption caption() {
        return new ReviewCaption("Review 2021/22");
    }
}
