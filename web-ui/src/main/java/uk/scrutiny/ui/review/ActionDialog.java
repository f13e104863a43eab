package uk.scrutiny.ui.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.ui.component.Notifications;

/** The scrutineer rewords an action, or changes its owner or due date. */
class ActionDialog extends Dialog {

    ActionDialog(ReviewService reviews, RecommendedAction action, List<Agency> agencies, Runnable saved) {
        setHeaderTitle("Edit action " + action.label());
        ActionForm form = new ActionForm(agencies, action);
        form.text.setWidth("32em");
        add(form.text, new Div(form.owner), new Div(form.due));
        Button save = new Button(
                "Save",
                e -> form.values().ifPresent(data -> {
                    if (Notifications.attempt(
                            () -> reviews.reword(
                                    action.requireId(), data.text(), data.ownerCode(), data.due(), action.version()),
                            "Action " + action.label() + " saved.")) {
                        close();
                        saved.run();
                    }
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
