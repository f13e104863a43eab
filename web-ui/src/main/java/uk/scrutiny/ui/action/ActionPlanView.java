package uk.scrutiny.ui.action;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.action.ActionListItem;
import uk.scrutiny.application.action.ActionPlanService;
import uk.scrutiny.application.admin.ReferenceDataService;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.action.ActionFilter;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.period.UkDates;

/**
 * The action plan: every recommended action of every review, by due date, filtered by owner,
 * status, review and whether it is overdue; progress notes; export of what is shown to Excel.
 */
@PageTitle("Action plan | Safeguarding Scrutiny")
@Route("actions")
@Menu(order = 4, icon = "vaadin:tasks", title = "Action plan")
@RolesAllowed({"BUSINESS_UNIT", "MANAGER", "SCRUTINEER", "PARTNER_LEAD"})
public class ActionPlanView extends Main {

    private final ActionPlanService actionPlan;
    private final Grid<ActionListItem> grid = new Grid<>();
    private final Div details = new Div();
    private ActionFilter filter = ActionFilter.ALL;

    ActionPlanView(ActionPlanService actionPlan, ReviewService reviews, ReferenceDataService referenceData) {
        this.actionPlan = actionPlan;
        addClassNames("page", "action-plan");
        add(new H1("Action plan"));

        LocalDate today = actionPlan.today();
        ActionFilterForm filters = new ActionFilterForm(
                referenceData.agencies(), reviews.reviews(), actionPlan.ownAgency(), today, next -> {
                    filter = next;
                    grid.getDataProvider().refreshAll();
                });
        filter = filters.filter(today);
        add(filterBar(filters));
        configureGrid(today);
        add(grid, details);
    }

    private HorizontalLayout filterBar(ActionFilterForm form) {
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try {
                        ActionFilter current = filter;
                        ActionPlanSpreadsheet.write(
                                (offset, limit) -> actionPlan.find(current, offset, limit), actionPlan.today(), out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    byte[] bytes = out.toByteArray();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "action-plan-" + actionPlan.today() + ".xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                "Export to Excel (.xlsx)");
        export.addClassName("export-link");

        HorizontalLayout filters = new HorizontalLayout(form.owner, form.status, form.review, form.overdueOnly, export);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", "Filter the action plan");
        return filters;
    }

    private void configureGrid(LocalDate today) {
        grid.setAriaLabel("Recommended actions");
        grid.addColumn(i -> i.action().label())
                .setHeader("Action")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> i.reviewYear().toString())
                .setHeader("Review")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> i.action().text()).setHeader("Recommended action").setFlexGrow(3);
        grid.addColumn(i -> i.action().owner() == null ? "" : i.action().owner().value())
                .setHeader("Owner")
                .setAutoWidth(true);
        grid.addColumn(i ->
                        i.action().due() == null ? "" : UkDates.table(i.action().due()))
                .setHeader("Due")
                .setAutoWidth(true);
        grid.addColumn(i -> i.action().status().label() + (i.isOverdue(today) ? " — overdue" : ""))
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> actionPlan.find(filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, actionPlan.count(filter)));
        grid.setHeight("30rem");
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));
        details.getElement().setAttribute("aria-live", "polite");
    }

    private void showDetails(@Nullable ActionListItem item) {
        details.removeAll();
        if (item == null) {
            return;
        }
        RecommendedAction a = actionPlan.action(item.action().requireId());
        Section section = new Section(new H2("Action " + a.label() + " of the " + item.reviewYear() + " review"));
        section.add(new Paragraph(a.text()));
        Anchor question =
                new Anchor("review/" + a.reviewId() + "/question/" + a.question(), "Open question " + a.question());
        question.getElement().setAttribute("router-link", true);
        section.add(new Paragraph(question));
        if (a.notes().isEmpty()) {
            section.add(new Paragraph("No progress recorded yet."));
        } else {
            section.add(new ProgressNotesList(a));
        }
        if (item.mayReportProgress()) {
            Button progress = new Button(
                    "Add progress",
                    e -> new ProgressDialog(actionPlan, a, () -> {
                                grid.getDataProvider().refreshAll();
                                showDetails(actionPlan.item(a.requireId()));
                            })
                            .open());
            progress.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(progress);
        }
        details.add(section);
    }
}
