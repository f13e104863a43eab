package uk.scrutiny.ui.admin;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.ui.component.Notifications;

/**
 * How the administration views report a change: success briefly; a conflicting edit, a refused
 * role or a record gone as a notification that stays until closed; a refusal of the rules where the
 * form shows it, beside what was typed. A refused change is not saved, and nothing anyone else
 * saved is overwritten.
 */
final class AdminNotifications {

    private AdminNotifications() {}

    /**
     * Runs a change and reports how it went.
     *
     * @param refused shows a refusal of the rules (e.g. "already exists") where the form is
     * @return what the change made, or empty when it was refused
     */
    static <T> Optional<T> attempt(Supplier<T> change, String success, Consumer<String> refused) {
        try {
            T made = change.get();
            Notifications.saved(success);
            return Optional.of(made);
        } catch (ConcurrentChangeException | NotFoundException e) {
            Notifications.error(e.getMessage());
        } catch (RuleViolationException | IllegalArgumentException e) {
            refused.accept(e.getMessage());
        } catch (AccessDeniedException e) {
            Notifications.error("Your role does not allow this change, so it has not been made.");
        }
        return Optional.empty();
    }
}
