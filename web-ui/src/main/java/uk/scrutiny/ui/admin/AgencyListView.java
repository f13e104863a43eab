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
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.ui.audit.QuestionHistoryDialog;

/** The agencies of the partnership: the statutory partners and the relevant agencies. */
@PageTitle("Agencies | Safeguarding Scrutiny")
@Route("admin/agencies")
@Menu(order = 61, icon = "vaadin:institution", title = "Agencies")
@RolesAllowed("MANAGER")
@StyleSheet("context://assets/admin.css")
public class AgencyListView extends Main {

    private final ReferenceDataService referenceData;
    private final AuditService audit;
    private final Grid<Agency> grid = new Grid<>();

    AgencyListView(ReferenceDataService referenceData, AuditService audit) {
        this.referenceData = referenceData;
        this.audit = audit;
        addClassNames("page", "admin-view");
        Button create = new Button("New agency", e -> open(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setAriaLabel("Agencies");
        grid.addColumn(a -> a.code().value())
                .setHeader("Code")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Agency::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(a -> a.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(a -> a.active() ? "Active" : "Inactive")
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
                new H1("Agencies"),
                new Paragraph("The statutory partners (the local authority, the police and health) and the relevant "
                        + "agencies working with them. An agency that no longer takes part is made inactive, never deleted, "
                        + "so that its past evidence, scorecards and actions keep their owner."),
                new HorizontalLayout(create),
                grid);
    }

    private Component actions(Agency agency) {
        Button edit = new Button("Edit", e -> open(agency));
        edit.getElement().setAttribute("aria-label", "Edit agency " + agency.code());
        Button history = new Button("History", e -> new QuestionHistoryDialog(audit, "agency:" + agency.code()).open());
        history.getElement().setAttribute("aria-label", "History of agency " + agency.code());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        history.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(edit, history);
    }

    private void open(@Nullable Agency agency) {
        new AgencyForm(referenceData, agency, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(referenceData.agencies());
    }
}
