package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.admin.ReferenceDataService;
import uk.scrutiny.application.audit.AuditService;
import uk.scrutiny.domain.partnership.MeetingBody;
import uk.scrutiny.ui.audit.QuestionHistoryDialog;

/** The partnership's meeting bodies, whose minutes are evidence. */
@PageTitle("Meeting bodies | Safeguarding Scrutiny")
@Route("admin/meeting-bodies")
@Menu(order = 62, icon = "vaadin:group", title = "Meeting bodies")
@RolesAllowed("MANAGER")
@StyleSheet("context://assets/admin.css")
public class MeetingBodyListView extends Main {

    private final ReferenceDataService referenceData;
    private final AuditService audit;
    private final Grid<MeetingBody> grid = new Grid<>();

    MeetingBodyListView(ReferenceDataService referenceData, AuditService audit) {
        this.referenceData = referenceData;
        this.audit = audit;
        addClassNames("page", "admin-view");
        Button create = new Button("New meeting body", e -> open(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setAriaLabel("Meeting bodies");
        grid.addColumn(MeetingBody::code).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MeetingBody::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(b -> b.active() ? "Active" : "Inactive")
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        refresh();
        add(
                new H1("Meeting bodies"),
                new Paragraph("The bodies of the partnership that meet and keep minutes. The import files minutes "
                        + "under the body that a manifest names by code or by name."),
                new HorizontalLayout(create),
                grid);
    }

    private Component actions(MeetingBody body) {
        Button edit = new Button("Edit", e -> open(body));
        edit.getElement().setAttribute("aria-label", "Edit meeting body " + body.code());
        Button history =
                new Button("History", e -> new QuestionHistoryDialog(audit, "meeting-body:" + body.code()).open());
        history.getElement().setAttribute("aria-label", "History of meeting body " + body.code());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        history.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(edit, history);
    }

    private void open(@Nullable MeetingBody body) {
        new MeetingBodyForm(referenceData, body, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(referenceData.meetingBodies());
    }
}
