package uk.scrutiny.ui.action;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import uk.scrutiny.application.action.ActionPlanService;
import uk.scrutiny.domain.action.ActionStatus;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.ui.component.Notifications;

/** A dated progress note on an action, with a new status if it moved; {@code saved} runs after it is stored. */
public class ProgressDialog extends Dialog {

    public ProgressDialog(ActionPlanService actionPlan, RecommendedAction action, Runnable saved) {
        setHeaderTitle("Progress on action " + action.label());
        add(new Paragraph(action.text()));
        TextArea note = new TextArea("What has happened");
        note.setWidth("32em");
        note.setMaxLength(4000);
        note.setRequired(true);
        Select<ActionStatus> status = new Select<>();
        status.setLabel("Status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::label);
        status.setValue(action.status());
        add(note, new Div(status));
        Button save = new Button("Save progress", e -> {
            if (note.getValue().isBlank()) {
                note.setInvalid(true);
                note.setErrorMessage("Write what has happened.");
                return;
            }
            if (Notifications.attempt(
                    () -> actionPlan.addProgress(
                            action.requireId(), note.getValue(), status.getValue(), action.version()),
                    "Progress on " + action.label() + " saved.")) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
