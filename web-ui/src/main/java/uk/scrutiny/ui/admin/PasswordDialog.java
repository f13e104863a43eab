package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Objects;
import uk.scrutiny.application.admin.UserAdminService;
import uk.scrutiny.domain.user.User;

/** Gives a user a new password, typed twice; it also lifts a lock-out. */
final class PasswordDialog extends FormDialog {

    /** The form's values. */
    public record PasswordData(String password, String repeated) {}

    private final UserAdminService users;
    private final User user;
    private final Binder<PasswordData> binder = new Binder<>(PasswordData.class);

    PasswordDialog(UserAdminService users, User user, Runnable closed) {
        super("New password for " + user.username(), "Set the password");
        this.users = users;
        this.user = user;
        whenClosed(closed);
        PasswordField password = new PasswordField("New password");
        password.setHelperText("At least " + User.MIN_PASSWORD_LENGTH + " characters. Give it to " + user.displayName()
                + " privately.");
        PasswordField repeated = new PasswordField("The new password again");
        binder.forField(password)
                .withValidator(
                        p -> p.length() >= User.MIN_PASSWORD_LENGTH,
                        "Use at least " + User.MIN_PASSWORD_LENGTH + " characters for the password.")
                .bind("password");
        binder.forField(repeated)
                .withValidator(
                        r -> r.equals(password.getValue()),
                        "Type the same password again, so that a typing mistake is caught.")
                .bind("repeated");
        binder.readRecord(new PasswordData("", ""));
        form.add(password, repeated);
    }

    @Override
    protected void save() {
        PasswordData data = valid(binder).orElse(null);
        if (data == null) {
            return;
        }
        attempt(
                () -> users.resetPassword(Objects.requireNonNull(user.id()), data.password(), user.version()),
                "The password of " + user.username() + " has been reset.");
    }
}
