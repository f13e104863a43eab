package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.admin.ReferenceDataService;
import uk.scrutiny.application.admin.UserAdminService;
import uk.scrutiny.application.admin.UserListItem;
import uk.scrutiny.application.audit.AuditService;
import uk.scrutiny.domain.user.User;
import uk.scrutiny.ui.audit.QuestionHistoryDialog;
import uk.scrutiny.ui.component.Notifications;

/** The user accounts: create, edit (role, agency, enabled), reset a password, unlock a locked account. */
@PageTitle("Users | Safeguarding Scrutiny")
@Route("admin/users")
@Menu(order = 60, icon = "vaadin:users", title = "Users")
@RolesAllowed("MANAGER")
@StyleSheet("context://assets/admin.css")
public class UserListView extends Main {

    private final UserAdminService users;
    private final ReferenceDataService referenceData;
    private final AuditService audit;
    private final Grid<UserListItem> grid = new Grid<>();

    UserListView(UserAdminService users, ReferenceDataService referenceData, AuditService audit) {
        this.users = users;
        this.referenceData = referenceData;
        this.audit = audit;
        addClassNames("page", "admin-view");

        Button create = new Button("New user", e -> open(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setAriaLabel("Users");
        grid.addColumn(item -> item.user().username())
                .setHeader("Username")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> item.user().displayName()).setHeader("Name").setAutoWidth(true);
        grid.addColumn(item -> item.user().role().label()
                        + (item.user().agency() == null
                                ? ""
                                : " (" + item.user().agency() + ")"))
                .setHeader("Role")
                .setAutoWidth(true);
        grid.addColumn(UserListView::status)
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setWidth("20rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        refresh();

        add(
                new H1("Users"),
                new Paragraph(
                        "Everyone who signs in, with their role. Data officers and partner leads belong to one "
                                + "agency and act for it only. A locked account unlocks by itself after 15 minutes, or here at once."),
                new HorizontalLayout(create),
                grid);
    }

    private static String status(UserListItem item) {
        if (!item.user().enabled()) {
            return "Disabled";
        }
        return item.locked() ? "Locked after failed sign-ins" : "Active";
    }

    private Component actions(UserListItem item) {
        User user = item.user();
        Button edit = new Button("Edit", e -> open(user));
        edit.getElement().setAttribute("aria-label", "Edit user " + user.username());
        Button password = new Button("Reset password", e -> new PasswordDialog(users, user, this::refresh).open());
        password.getElement().setAttribute("aria-label", "Reset password of " + user.username());
        Button history = new Button("History", e -> new QuestionHistoryDialog(audit, "user:" + user.username()).open());
        history.getElement().setAttribute("aria-label", "History of user " + user.username());
        HorizontalLayout buttons = new HorizontalLayout(edit, password, history);
        if (item.locked()) {
            Button unlock = new Button("Unlock", e -> {
                Notifications.attempt(
                        () -> users.unlock(Objects.requireNonNull(user.id()), user.version()),
                        "User " + user.username() + " unlocked: they can sign in again.",
                        Notifications::error);
                refresh();
            });
            unlock.getElement().setAttribute("aria-label", "Unlock user " + user.username());
            buttons.addComponentAsFirst(unlock);
        }
        buttons.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL));
        buttons.setSpacing(false);
        buttons.setWrap(true);
        buttons.addClassName("row-actions");
        return buttons;
    }

    private void open(@Nullable User user) {
        new UserForm(users, referenceData.agencies(), user, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(users.users());
    }
}
