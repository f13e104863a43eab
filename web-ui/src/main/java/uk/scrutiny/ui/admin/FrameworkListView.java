package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.scrutiny.application.admin.FrameworkAdminService;
import uk.scrutiny.application.admin.FrameworkListItem;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.ui.component.Notifications;

/**
 * Every version of every framework, with whether a review uses it; from here a version is opened,
 * copied or exported, and a framework file is imported.
 */
@PageTitle("Frameworks | Safeguarding Scrutiny")
@Route("admin/frameworks")
@Menu(order = 64, icon = "vaadin:list-ol", title = "Frameworks")
@RolesAllowed("MANAGER")
@StyleSheet("context://assets/admin.css")
public class FrameworkListView extends Main {

    private final FrameworkAdminService frameworks;
    private final Grid<FrameworkListItem> grid = new Grid<>();
    private final Paragraph importOutcome = new Paragraph();
    private final Upload upload;

    FrameworkListView(FrameworkAdminService frameworks) {
        this.frameworks = frameworks;
        addClassNames("page", "admin-view");

        grid.setAriaLabel("Framework versions");
        grid.addColumn(FrameworkListItem::name)
                .setHeader("Framework")
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(FrameworkListItem::family)
                .setHeader("Key")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(FrameworkListView::versionLink)
                .setHeader("Version")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(FrameworkListItem::questions)
                .setHeader("Questions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> item.inUse() ? "Yes" : "No")
                .setHeader("Used by a review")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> item.latest() ? "Newest" : "Older")
                .setHeader("Newest version")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        refresh();

        upload = new Upload(FrameworkFiles.importHandler(this::importFile));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(FrameworkAdminService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.getElement().setAttribute("aria-label", "Choose a framework file to import");
        upload.addFileRejectedListener(e -> showImportRefusal("'" + e.getFileName() + "' was not accepted ("
                + e.getErrorMessage() + "). Choose a .json framework file of at most "
                + FrameworkAdminService.MAX_FILE_BYTES / 1024 + " KB, exported from Safeguarding Scrutiny."));
        importOutcome.addClassName("import-outcome");
        importOutcome.setVisible(false);
        Section importSection = new Section(
                new H2("Import a framework"),
                new Paragraph("Choose a .json file exported from Safeguarding Scrutiny (at most "
                        + FrameworkAdminService.MAX_FILE_BYTES / 1024 + " KB). A framework with a key not used here is "
                        + "added; one with a key already here becomes that framework's next version. A file that is not "
                        + "a valid framework is refused with the reason, and nothing is saved."),
                upload,
                importOutcome);
        importSection.addClassName("import-section");

        add(
                new H1("Frameworks"),
                new Paragraph("The frameworks of questions that reviews follow, every version of each. A review keeps "
                        + "the version it began with: editing a version that a review uses makes the next version."),
                grid,
                importSection);
    }

    private static RouterLink versionLink(FrameworkListItem item) {
        RouterLink link =
                new RouterLink("Version " + item.version(), FrameworkView.class, FrameworkView.parameters(item.id()));
        link.getElement().setAttribute("aria-label", "Open " + item.name() + " version " + item.version());
        return link;
    }

    private Component actions(FrameworkListItem item) {
        String label = item.name() + " version " + item.version();
        Button copy = new Button(
                "Copy", e -> new CopyFrameworkDialog(frameworks, item.id(), item.family(), item.name()).open());
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copy.getElement().setAttribute("aria-label", "Copy " + label + " into a new framework");
        HorizontalLayout actions = new HorizontalLayout(
                FrameworkFiles.exportLink(frameworks, item.id(), "Export", "Export " + label + " as a JSON file"),
                copy);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    private void importFile(String fileName, byte[] content) {
        upload.clearFileList();
        Notifications.attempt(
                        () -> frameworks.importFile(fileName, content), "Framework imported.", this::showImportRefusal)
                .ifPresent(this::showImported);
    }

    private void showImported(Framework framework) {
        importOutcome.removeAll();
        importOutcome.removeClassName("form-error");
        importOutcome.getElement().setAttribute("role", "status");
        importOutcome.add("Imported as ");
        importOutcome.add(
                new RouterLink(framework.label(), FrameworkView.class, FrameworkView.parameters(framework.id())));
        importOutcome.add(".");
        importOutcome.setVisible(true);
        refresh();
    }

    private void showImportRefusal(String message) {
        importOutcome.removeAll();
        importOutcome.setText(message);
        importOutcome.addClassName("form-error");
        importOutcome.getElement().setAttribute("role", "alert");
        importOutcome.setVisible(true);
    }

    private void refresh() {
        grid.setItems(frameworks.frameworks());
    }
}
