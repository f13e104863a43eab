package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.admin.UserAdminService;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.user.Role;
import uk.scrutiny.domain.user.User;

/**
 * Creates a user account or edits one. The agency is asked for only for the roles that act for
 * one agency (data officers and partner leads), and is then required.
 */
final class UserForm extends FormDialog {

    /** The form's values. */
    public record UserData(
            String username,
            String displayName,
            @Nullable String email,
            @Nullable Role role,
            @Nullable AgencyCode agency,
            String password,
            boolean enabled) {}

    private final UserAdminService users;
    private final @Nullable User editing;
    private final Binder<UserData> binder = new Binder<>(UserData.class);
    private final RadioButtonGroup<Role> role = new RadioButtonGroup<>("Role");

    UserForm(UserAdminService users, List<Agency> agencies, @Nullable User editing, Runnable closed) {
        super(
                editing == null ? "New user" : "Edit user " + editing.username(),
                editing == null ? "Create user" : "Save");
        this.users = users;
        this.editing = editing;
        whenClosed(closed);

        TextField username = new TextField("Username");
        username.setMaxLength(60);
        username.setHelperText("What the person types to sign in, e.g. j.smith");
        username.setReadOnly(editing != null);
        TextField displayName = new TextField("Name");
        displayName.setMaxLength(120);
        EmailField email = new EmailField("Email (optional)");
        email.setMaxLength(200);
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        Map<AgencyCode, Agency> byCode = agencies.stream().collect(Collectors.toMap(Agency::code, Function.identity()));
        ComboBox<AgencyCode> agency = new ComboBox<>("Agency");
        agency.setHelperText("Data officers and partner leads act for this agency only");
        agency.setItems(agencies.stream()
                .filter(a -> a.active() || (editing != null && a.code().equals(editing.agency())))
                .map(Agency::code)
                .toList());
        agency.setItemLabelGenerator(code -> code == null
                ? ""
                : code + " — " + (byCode.containsKey(code) ? byCode.get(code).name() : ""));
        agency.setPlaceholder("Choose the agency");
        agency.setClearButtonVisible(true);
        PasswordField password = new PasswordField("Password");
        password.setHelperText("At least " + User.MIN_PASSWORD_LENGTH + " characters. Give it to the person "
                + "privately; they can be given a new one at any time.");
        password.setVisible(editing == null);
        Checkbox enabled = new Checkbox("Account enabled (the person can sign in)");
        enabled.setVisible(editing != null);

        binder.forField(username)
                .asRequired("Choose a username, e.g. j.smith.")
                .withValidator(
                        u -> u.strip().matches("^[A-Za-z0-9._@-]+$"),
                        "Use only letters, digits and . _ @ - in a username, e.g. j.smith.")
                .bind("username");
        binder.forField(displayName).asRequired("Write the person's name.").bind("displayName");
        binder.forField(email)
                .withNullRepresentation("")
                .withValidator(
                        new EmailValidator("Write an email address such as name@example.org, or leave it empty.", true))
                .bind("email");
        binder.forField(role).asRequired("Choose the person's role.").bind("role");
        binder.forField(agency)
                .withValidator(
                        a -> role.getValue() == null || !role.getValue().actsForOneAgency() || a != null,
                        "Choose the agency this person works for: data officers and partner leads belong to one agency.")
                .bind("agency");
        binder.forField(password)
                .withValidator(
                        p -> editing != null || p.length() >= User.MIN_PASSWORD_LENGTH,
                        "Use at least " + User.MIN_PASSWORD_LENGTH + " characters for the password.")
                .bind("password");
        binder.forField(enabled).bind("enabled");

        role.addValueChangeListener(e -> {
            boolean oneAgency = e.getValue() != null && e.getValue().actsForOneAgency();
            agency.setVisible(oneAgency);
            agency.setRequiredIndicatorVisible(oneAgency);
            if (!oneAgency) {
                agency.clear();
            }
        });
        binder.readRecord(
                editing == null
                        ? new UserData("", "", null, null, null, "", true)
                        : new UserData(
                                editing.username(),
                                editing.displayName(),
                                editing.email(),
                                editing.role(),
                                editing.agency(),
                                "",
                                editing.enabled()));
        agency.setVisible(role.getValue() != null && role.getValue().actsForOneAgency());
        agency.setRequiredIndicatorVisible(agency.isVisible());

        form.add(username, displayName, email, role, agency, password, enabled);
    }

    @Override
    protected void save() {
        UserData data = valid(binder).orElse(null);
        if (data == null) {
            return;
        }
        Role chosen = Objects.requireNonNull(data.role());
        AgencyCode agency = chosen.actsForOneAgency() ? data.agency() : null;
        if (editing == null) {
            attempt(
                    () -> users.create(
                            data.username(), data.displayName(), data.email(), chosen, agency, data.password()),
                    "User " + data.username().strip().toLowerCase(java.util.Locale.ROOT) + " created.");
        } else {
            attempt(
                    () -> users.update(
                            Objects.requireNonNull(editing.id()),
                            data.displayName(),
                            data.email(),
                            chosen,
                            agency,
                            data.enabled(),
                            editing.version()),
                    "User " + editing.username() + " saved.");
        }
    }
}
