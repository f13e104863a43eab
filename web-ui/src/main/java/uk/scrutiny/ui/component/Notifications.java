package uk.scrutiny.ui.component;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.security.access.AccessDeniedException;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.evidence.RejectedFileException;

/** Tells people what happened, in words: success briefly, errors until dismissed, with what to do. */
public final class Notifications {

    private Notifications() {}

    public static void saved(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.getElement().setAttribute("role", "status");
    }

    public static void error(String message) {
        Notification n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setPosition(Notification.Position.MIDDLE);
        n.setDuration(0);
        com.vaadin.flow.component.button.Button close =
                new com.vaadin.flow.component.button.Button("Close", e -> n.close());
        close.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
        com.vaadin.flow.component.html.Span text = new com.vaadin.flow.component.html.Span(message);
        n.add(new com.vaadin.flow.component.html.Div(text, close));
        n.getElement().setAttribute("role", "alert");
        n.open();
    }

    /**
     * Runs a change and reports how it went: refusals of the domain's rules, conflicting edits,
     * rejected files and refused permissions become messages; the change is lost only when it was
     * refused, and the message says so.
     *
     * @return whether the change was made
     */
    public static boolean attempt(Runnable change, String success) {
        try {
            change.run();
            if (!success.isEmpty()) {
                saved(success);
            }
            return true;
        } catch (ConcurrentChangeException
                | RuleViolationException
                | RejectedFileException
                | NotFoundException
                | IllegalArgumentException e) {
            error(e.getMessage());
        } catch (AccessDeniedException e) {
            error("Your role does not allow this change, so it has not been made.");
        }
        return false;
    }
}
