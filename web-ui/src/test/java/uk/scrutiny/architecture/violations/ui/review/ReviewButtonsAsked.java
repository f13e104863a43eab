package uk.scrutiny.architecture.violations.ui.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import uk.scrutiny.architecture.violations.application.security.Actor;

/**
 * Keeps the view rules: it shows the person's name and asks a service's answer; its dialog is a
 * Dialog.
 */
public class ReviewButtonsAsked extends Div {

    public ReviewButtonsAsked(Actor actor, boolean maySignOff) {
        add(new Button("Signed in as " + actor.username()));
        if (maySignOff) {
            add(new Button("Sign off", e -> new SignOffDialog().open()));
        }
    }

    public static class SignOffDialog extends Dialog {}
}
