package uk.scrutiny.architecture.violations.ui.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import uk.scrutiny.architecture.violations.application.security.Actor;
import uk.scrutiny.architecture.violations.domain.user.Role;

/** Breaks the permission rule: a view that decides from a role what the person may do. */
public class ReviewButtonsByRole extends Div {

    public ReviewButtonsByRole(Actor actor) {
        if (actor.is(Role.SCRUTINEER)) {
            add(new Button("Sign off"));
        }
    }
}
