package uk.scrutiny.ui.action;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import uk.scrutiny.application.action.ActionPlanService;
import uk.scrutiny.domain.action.ActionStatus;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.ui.component.FormValues;
import uk.scrutiny.ui.component.Notifications;

/** A dated progress note on an action, with a new status if it moved; {@code saved} runs after it is stored. */
public class ProgressDialog extends Dialog {

    /** The form's values. */
    public record ProgressData(String note, ActionStatus status) {}

    public ProgressDialog(ActionPlanService actionPlan, RecommendedAction action, Runnable saved) {
        setHeaderTitle("Progress on action " + action.label());
        add(new Paragraph(action.text()));
        TextArea note = new TextArea("What has happened");
        note.setWidth("32em");
        note.setMaxLength(4000);
        Select<ActionStatus> status = new Select<>();
        status.setLabel("Status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::label);
        Binder<ProgressData> binder = new Binder<>(ProgressData.class);
        binder.forField(note).asRequired("Write what has happened.").bind("note");
        binder.forField(status).bind("status");
        binder.readRecord(new ProgressData("", action.status()));
        add(note, new Div(status));
        Button save = new Button(
                "Save progress",
                e -> FormValues.valid(binder).ifPresent(data -> {
                    if (Notifications.attempt(
                            () -> actionPlan.addProgress(
                                    action.requireId(), data.note(), data.status(), action.version()),
                            "Progress on " + action.label() + " saved.")) {
                        close();
                        saved.run();
                    }
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
