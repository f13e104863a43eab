package uk.scrutiny.ui.component;

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
import uk.scrutiny.domain.evidence.RejectedFileException;

/** Tells people what happened, in words: success briefly, errors until dismissed, with what to do. */
public final class Notifications {

    private Notifications() {}

    public static void saved(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.getElement().setAttribute("role", "status");
    }

    /** An error stays until closed: its text and, apart from it, the Close button. */
    public static void error(String message) {
        Notification n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setPosition(Notification.Position.MIDDLE);
        n.setDuration(0);
        Button close = new Button("Close", e -> n.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Span text = new Span(message);
        Div content = new Div(text, close);
        content.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline");
        content.getStyle().set("gap", "var(--lumo-space-m)");
        n.add(content);
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

    /**
     * Runs a change from a form and reports how it went: success briefly; a conflicting edit, a refused
     * role or a record gone as an error that stays until closed; a refusal of the rules (for example
     * "already exists") where the form shows it, beside what was typed. A refused change is not saved,
     * and nothing anyone else saved is overwritten.
     *
     * @param refused shows a refusal of the rules where the form is
     * @return what the change made, or empty when it was refused
     */
    public static <T> Optional<T> attempt(Supplier<T> change, String success, Consumer<String> refused) {
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
