package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import uk.scrutiny.application.admin.FrameworkAdminService;
import uk.scrutiny.application.admin.FrameworkDetails;
import uk.scrutiny.application.audit.AuditService;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.FrameworkId;
import uk.scrutiny.domain.framework.KeyMeasure;
import uk.scrutiny.domain.framework.Question;
import uk.scrutiny.domain.framework.Step;
import uk.scrutiny.ui.audit.QuestionHistoryDialog;

/** One version of a framework in full, with what an edit of it would do; edit, copy, export and history from here. */
@Route("admin/frameworks/:id([0-9]+)")
@RolesAllowed("MANAGER")
@StyleSheet("context://assets/admin.css")
public class FrameworkView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FrameworkAdminService frameworks;
    private final AuditService audit;
    private String title = "Framework | Safeguarding Scrutiny";

    FrameworkView(FrameworkAdminService frameworks, AuditService audit) {
        this.frameworks = frameworks;
        this.audit = audit;
        addClassNames("page", "admin-view", "framework-view");
    }

    static RouteParameters parameters(FrameworkId id) {
        return new RouteParameters("id", String.valueOf(id.value()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(0L);
        FrameworkDetails details;
        try {
            details = frameworks.framework(new FrameworkId(id));
        } catch (NotFoundException e) {
            event.rerouteToError(
                    com.vaadin.flow.router.NotFoundException.class, "There is no framework version " + id + ".");
            return;
        }
        title = details.framework().label() + " | Safeguarding Scrutiny";
        removeAll();
        show(details);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(FrameworkDetails details) {
        Framework framework = details.framework();
        FrameworkId id = Objects.requireNonNull(framework.id());
        add(new RouterLink("All frameworks", FrameworkListView.class), new H1(framework.label()));
        Paragraph facts = new Paragraph(
                new Span("Key: " + framework.family()),
                new Span("Version " + framework.version() + " of " + details.latestVersion()),
                new Span(framework.keyMeasures().size() + " key measures, "
                        + framework.steps().size() + " steps, " + framework.questionCount() + " questions"));
        facts.addClassName("framework-facts");
        Paragraph status = new Paragraph(status(details));
        status.addClassName("framework-status");
        add(facts, status, toolbar(details));
        if (!framework.source().isEmpty()) {
            add(new Paragraph("Source: " + framework.source()));
        }
        add(guidance(framework), keyMeasures(framework));
        framework.steps().forEach(step -> add(step(framework, step)));
    }

    private Component toolbar(FrameworkDetails details) {
        Framework framework = details.framework();
        FrameworkId id = Objects.requireNonNull(framework.id());
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.addClassName("admin-toolbar");
        if (details.isLatest()) {
            RouterLink edit = new RouterLink("Edit", FrameworkEditView.class, parameters(id));
            edit.addClassName("edit-link");
            edit.getElement().setAttribute("aria-label", "Edit " + framework.label());
            actions.add(edit);
        }
        Button copy = new Button(
                "Copy", e -> new CopyFrameworkDialog(frameworks, id, framework.family(), framework.name()).open());
        copy.getElement().setAttribute("aria-label", "Copy " + framework.label() + " into a new framework");
        Button history =
                new Button("History", e -> new QuestionHistoryDialog(audit, "framework:" + framework.family()).open());
        history.getElement().setAttribute("aria-label", "History of framework " + framework.family());
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(
                FrameworkFiles.exportLink(frameworks, id, "Export as JSON", "Export as JSON: " + framework.label()),
                copy,
                history);
        return actions;
    }

    private static Section guidance(Framework framework) {
        Section guidance = new Section(new H2("RAG rating guidance"));
        guidance.add(
                new UnorderedList(
                        new ListItem("Green: " + framework.guidance().green()),
                        new ListItem("Amber: " + framework.guidance().amber()),
                        new ListItem("Red: " + framework.guidance().red())),
                new Paragraph(framework.guidance().actionPlan()));
        return guidance;
    }

    private static Section keyMeasures(Framework framework) {
        Section measures = new Section(new H2("Key measures"));
        OrderedList list = new OrderedList();
        for (KeyMeasure measure : framework.keyMeasures()) {
            list.add(new ListItem(measure.code() + ": " + measure.text()));
        }
        measures.add(list);
        return measures;
    }

    private static Section step(Framework framework, Step step) {
        Section section = new Section(new H2(step.title()));
        for (Question question : step.questions()) {
            KeyMeasure measure = framework.keyMeasure(question.keyMeasure());
            section.add(
                    new H3(question.ref() + " " + question.text()),
                    new Paragraph("Serves " + measure.code() + ": " + measure.text()));
        }
        return section;
    }

    private static String status(FrameworkDetails details) {
        if (!details.isLatest()) {
            return "This is an older version: version " + details.latestVersion() + " is the newest. It can be read, "
                    + "copied and exported; edits are made to the newest version.";
        }
        return details.inUse()
                ? "A review uses this version: saving an edit makes version "
                        + (details.framework().version() + 1) + ", and the reviews keep this one."
                : "No review uses this version yet: an edit changes it in place.";
    }
}
