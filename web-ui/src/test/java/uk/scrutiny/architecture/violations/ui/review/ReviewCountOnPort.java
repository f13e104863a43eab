package uk.scrutiny.architecture.violations.ui.review;

import com.vaadin.flow.component.html.Span;
import uk.scrutiny.architecture.violations.domain.review.Reviews;

/** Breaks the view rule: a view that calls a port instead of an application service. */
public class ReviewCountOnPort extends Span {

    public ReviewCountOnPort(Reviews reviews) {
        setText(reviews.count() + " reviews");
    }
}
