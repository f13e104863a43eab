package uk.scrutiny.ui.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import uk.scrutiny.application.action.ActionPlanService;
import uk.scrutiny.application.review.QuestionAssessment;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.period.UkDates;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.ui.action.ProgressDialog;
import uk.scrutiny.ui.action.ProgressNotesList;
import uk.scrutiny.ui.component.Notifications;

/**
 * A question's numbered recommended actions with their progress; the scrutineer recommends and
 * rewords them, and whoever may report progress on an action (the service says who) adds to it.
 */
class RecommendedActionsSection extends Section {

    private final ReviewService reviews;
    private final ActionPlanService actionPlan;
    private final List<Agency> agencies;
    private final Runnable changed;

    RecommendedActionsSection(
            ReviewService reviews,
            ActionPlanService actionPlan,
            ReviewId reviewId,
            QuestionAssessment q,
            boolean mayAssess,
            List<Agency> agencies,
            Runnable changed) {
        this.reviews = reviews;
        this.actionPlan = actionPlan;
        this.agencies = agencies;
        this.changed = changed;
        add(new H2("Recommended actions"));
        if (q.actions().isEmpty()) {
            add(new Paragraph("No recommended actions yet. Every rating needs an action plan."));
        } else {
            OrderedList list = new OrderedList();
            list.addClassName("actions");
            q.actions().forEach(a -> list.add(item(a, mayAssess)));
            add(list);
        }
        if (mayAssess) {
            add(newAction(reviewId, q.question().ref()));
        }
    }

    private ListItem item(RecommendedAction a, boolean mayAssess) {
        ListItem li = new ListItem();
        li.getElement().setAttribute("value", String.valueOf(a.number()));
        li.add(new Span(a.text()));
        Span facts = new Span(" (" + a.status().label()
                + (a.owner() == null ? "" : ", owner " + a.owner())
                + (a.due() == null ? "" : ", due " + UkDates.table(a.due()))
                + (a.carriedFrom() == null ? "" : ", carried forward") + ")");
        facts.addClassName("action-facts");
        li.add(facts);
        if (!a.notes().isEmpty()) {
            li.add(new ProgressNotesList(a));
        }
        HorizontalLayout buttons = new HorizontalLayout();
        if (mayAssess) {
            Button edit = new Button("Edit", e -> new ActionDialog(reviews, a, agencies, changed).open());
            edit.setAriaLabel("Edit action " + a.label());
            buttons.add(edit);
        }
        if (actionPlan.mayReportProgress(a)) {
            Button progress = new Button("Add progress", e -> new ProgressDialog(actionPlan, a, changed).open());
            progress.setAriaLabel("Add progress on action " + a.label());
            buttons.add(progress);
        }
        buttons.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE));
        li.add(buttons);
        return li;
    }

    private Component newAction(ReviewId reviewId, QuestionRef question) {
        Section section = new Section(new H3("Recommend an action"));
        ActionForm form = new ActionForm(agencies, null);
        form.text.setId("new-action");
        form.text.setWidthFull();
        Button add = new Button(
                "Add action",
                e -> form.values().ifPresent(data -> {
                    if (Notifications.attempt(
                            () -> reviews.recommend(reviewId, question, data.text(), data.ownerCode(), data.due()),
                            "Action added.")) {
                        changed.run();
                    }
                }));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(form.owner, form.due, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        section.add(form.text, row);
        return section;
    }
}
