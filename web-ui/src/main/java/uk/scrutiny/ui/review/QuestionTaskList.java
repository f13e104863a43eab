package uk.scrutiny.ui.review;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import uk.scrutiny.application.review.QuestionAssessment;
import uk.scrutiny.application.review.ReviewDetails;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.ui.component.RagBadge;

/** The review's questions beside the open one: each with its rating and, while editable, the rules it breaks. */
class QuestionTaskList extends Nav {

    QuestionTaskList(ReviewDetails details, QuestionRef current) {
        ReviewId reviewId = details.review().requireId();
        addClassName("task-list");
        getElement().setAttribute("aria-label", "Questions of the review");
        add(new RouterLink("← Review " + details.review().year(), ReviewView.class, reviewId.value()));
        OrderedList list = new OrderedList();
        for (QuestionAssessment q : details.questions()) {
            list.add(item(q, reviewId, current, details.review().isEditable()));
        }
        add(list);
    }

    private static ListItem item(QuestionAssessment q, ReviewId reviewId, QuestionRef current, boolean editable) {
        QuestionRef ref = q.question().ref();
        RouterLink link = new RouterLink(QuestionView.class, QuestionView.parameters(reviewId, ref));
        link.add(new Span(ref.toString()), new RagBadge(q.rating()));
        if (!q.breaches().isEmpty() && editable) {
            int count = q.breaches().size();
            Span warning = new Span("⚠ " + count + (count == 1 ? " rule" : " rules") + " not met");
            warning.addClassName("task-warning");
            link.add(warning);
        }
        ListItem item = new ListItem(link);
        if (ref.equals(current)) {
            item.addClassName("current");
            link.getElement().setAttribute("aria-current", "page");
        }
        return item;
    }
}
