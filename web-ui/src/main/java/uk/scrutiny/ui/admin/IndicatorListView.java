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
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.admin.ReferenceDataService;
import uk.scrutiny.application.audit.AuditService;
import uk.scrutiny.domain.scorecard.Indicator;
import uk.scrutiny.ui.audit.QuestionHistoryDialog;

/** The indicator catalogue: what the agencies report each quarter in their scorecards. */
@PageTitle("Indicators | Safeguarding Scrutiny")
@Route("admin/indicators")
@Menu(order = 63, icon = "vaadin:chart", title = "Indicators")
@RolesAllowed("MANAGER")
@StyleSheet("context://assets/admin.css")
public class IndicatorListView extends Main {

    private final ReferenceDataService referenceData;
    private final AuditService audit;
    private final Grid<Indicator> grid = new Grid<>();

    IndicatorListView(ReferenceDataService referenceData, AuditService audit) {
        this.referenceData = referenceData;
        this.audit = audit;
        addClassNames("page", "admin-view");
        Button create = new Button("New indicator", e -> open(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setAriaLabel("Indicators");
        grid.addColumn(i -> i.code().value())
                .setHeader("Code")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Indicator::name).setHeader("Name").setWidth("14em").setFlexGrow(3);
        grid.addColumn(i -> i.unit().label()).setHeader("Unit").setWidth("7em").setFlexGrow(0);
        grid.addColumn(i -> i.better().label())
                .setHeader("Better")
                .setWidth("9em")
                .setFlexGrow(1);
        grid.addColumn(Indicator::suppliersLabel)
                .setHeader("Supplied by")
                .setWidth("9em")
                .setFlexGrow(1);
        grid.addColumn(i -> i.active() ? "Active" : "Inactive")
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        refresh();
        add(
                new H1("Indicators"),
                new Paragraph("The indicator catalogue: what each agency reports every quarter in its scorecard, "
                        + "in which unit, and which way is better. An inactive indicator is no longer asked for; "
                        + "the values already sent are kept."),
                new HorizontalLayout(create),
                grid);
    }

    private Component actions(Indicator indicator) {
        Button edit = new Button("Edit", e -> open(indicator));
        edit.getElement().setAttribute("aria-label", "Edit indicator " + indicator.code());
        Button history =
                new Button("History", e -> new QuestionHistoryDialog(audit, "indicator:" + indicator.code()).open());
        history.getElement().setAttribute("aria-label", "History of indicator " + indicator.code());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        history.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(edit, history);
    }

    private void open(@Nullable Indicator indicator) {
        new IndicatorForm(referenceData, referenceData.agencies(), indicator, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(referenceData.indicators());
    }
}
