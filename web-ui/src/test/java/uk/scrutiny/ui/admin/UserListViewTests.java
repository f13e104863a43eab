package uk.scrutiny.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.admin.UserListItem;
import uk.scrutiny.application.security.UserAccounts;
import uk.scrutiny.domain.user.Role;
import uk.scrutiny.support.DemoApplicationTest;

@DemoApplicationTest
@Transactional
@WithUserDetails("manager")
class UserListViewTests extends SpringBrowserlessTest {

    @Autowired
    UserAccounts accounts;

    @SuppressWarnings("unchecked")
    private Grid<UserListItem> grid() {
        return find(Grid.class).single();
    }

    private int row(String username) {
        var grid = test(grid());
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).user().username().equals(username)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + username);
    }

    private Button action(String username, String text) {
        var cell = test(grid()).getCellComponent(row(username), 4);
        return find(Button.class, cell).withText(text).single();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Object> role() {
        return find(RadioButtonGroup.class).withLabel("Role").single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> agency() {
        return find(ComboBox.class).withLabel("Agency").single();
    }

    @Test
    void the_agency_is_asked_for_only_for_roles_that_act_for_one_agency_and_is_then_required() {
        navigate(UserListView.class);
        test(find(Button.class).withText("New user").single()).click();
        test(find(TextField.class).withLabel("Username").single()).setValue("la.data");
        test(find(TextField.class).withLabel("Name").single()).setValue("Lee Ash");
        test(find(PasswordField.class).withLabel("Password").single()).setValue("a-long-enough-password");
        test(role()).selectItem(Role.BUSINESS_UNIT.label());
        assertThat(find(ComboBox.class).withLabel("Agency").exists())
                .as("agency asked for")
                .isFalse();

        test(role()).selectItem(Role.DATA_OFFICER.label());
        assertThat(find(ComboBox.class).withLabel("Agency").exists())
                .as("agency asked for")
                .isTrue();
        test(find(Button.class).withText("Create user").single()).click();

        assertThat(agency().isInvalid()).isTrue();
        assertThat(agency().getErrorMessage())
                .isEqualTo(
                        "Choose the agency this person works for: data officers and partner leads belong to one agency.");

        test(agency()).selectItem("LA — Local authority children's services");
        test(find(Button.class).withText("Create user").single()).click();

        assertThat(test(grid()).getRow(row("la.data")).user().agency()).hasToString("LA");
    }

    @Test
    void a_username_that_is_taken_is_refused_in_the_form_and_nothing_typed_is_lost() {
        navigate(UserListView.class);
        test(find(Button.class).withText("New user").single()).click();
        test(find(TextField.class).withLabel("Username").single()).setValue("officer");
        test(find(TextField.class).withLabel("Name").single()).setValue("Another Officer");
        test(find(PasswordField.class).withLabel("Password").single()).setValue("a-long-enough-password");
        test(role()).selectItem(Role.BUSINESS_UNIT.label());
        test(find(Button.class).withText("Create user").single()).click();

        assertThat(find(Paragraph.class).withClassName("form-error").single().getText())
                .isEqualTo("The username 'officer' is taken: choose another.");
        assertThat(find(TextField.class).withLabel("Name").single().getValue()).isEqualTo("Another Officer");
    }

    @Test
    void a_short_password_is_refused_with_what_to_do() {
        navigate(UserListView.class);
        test(find(Button.class).withText("New user").single()).click();
        PasswordField password = find(PasswordField.class).withLabel("Password").single();
        test(password).setValue("short");
        test(find(Button.class).withText("Create user").single()).click();

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Use at least 12 characters for the password.");
    }

    @Test
    void a_locked_account_shows_as_locked_and_is_unlocked_from_the_list() {
        for (int i = 0; i < 5; i++) {
            accounts.signInFailed("health.lead");
        }
        navigate(UserListView.class);
        assertThat(test(grid()).getCellText(row("health.lead"), 3)).isEqualTo("Locked after failed sign-ins");

        test(action("health.lead", "Unlock")).click();

        assertThat(test(grid()).getCellText(row("health.lead"), 3)).isEqualTo("Active");
    }

    @Test
    void a_user_is_disabled_from_the_edit_form() {
        navigate(UserListView.class);
        test(action("officer", "Edit")).click();
        test(find(Checkbox.class)
                        .withLabel("Account enabled (the person can sign in)")
                        .single())
                .click();
        test(find(Button.class).withText("Save").single()).click();

        assertThat(test(grid()).getCellText(row("officer"), 3)).isEqualTo("Disabled");
    }

    @Test
    void a_password_is_reset_after_it_is_typed_twice_the_same() {
        navigate(UserListView.class);
        test(action("scrutineer", "Reset password")).click();
        test(find(PasswordField.class).withLabel("New password").single()).setValue("a-brand-new-password");
        test(find(PasswordField.class).withLabel("The new password again").single())
                .setValue("a-brand-new-passw0rd");
        test(find(Button.class).withText("Set the password").single()).click();

        PasswordField repeated =
                find(PasswordField.class).withLabel("The new password again").single();
        assertThat(repeated.getErrorMessage())
                .isEqualTo("Type the same password again, so that a typing mistake is caught.");

        test(repeated).setValue("a-brand-new-password");
        test(find(Button.class).withText("Set the password").single()).click();

        assertThat(find(PasswordField.class).withLabel("New password").exists()).isFalse();
    }
}
