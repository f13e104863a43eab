package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.common.RuleViolationException;

/**
 * How the administration views report a change: success briefly; a conflicting edit, a refused
 * role or a record gone as a notification that stays until closed; a refusal of the rules where the
 * form shows it. A refused change is not saved, and nothing anyone else saved is overwritten.
 */
final class AdminNotifications {

    private AdminNotifications() {
    }

    static void saved(String message) {
        Notification n = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.getElement().setAttribute("role", "status");
    }

    static void error(String message) {
        Notification n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setPosition(Notification.Position.MIDDLE);
        n.setDuration(0);
        Button close = new Button("Close", e -> n.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        n.add(new Div(new Span(message), close));
        n.getElement().setAttribute("role", "alert");
        n.open();
    }

    /**
     * Runs a change and reports how it went.
     *
     * @param refused shows a refusal of the rules (e.g. "already exists") where the form is
     * @return what the change made, or empty when it was refused
     */
    static <T> Optional<T> attempt(Supplier<T> change, String success, Consumer<String> refused) {
        try {
            T made = change.get();
            saved(success);
            return Optional.of(made);
        } catch (ConcurrentChangeException | NotFoundException e) {
            error(e.getMessage());
        } catch (RuleViolationException | IllegalArgumentException e) {
            refused.accept(e.getMessage());
        } catch (AccessDeniedException e) {
            error("Your role does not allow this change, so it has not been made.");
        }
        return Optional.empty();
    }
}
