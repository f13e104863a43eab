package uk.scrutiny.ui.imports;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
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
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.imports.ImportService;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ImportKind;
import uk.scrutiny.domain.imports.ImportRun;
import uk.scrutiny.domain.imports.RunProgress;
import uk.scrutiny.domain.period.UkDates;
import uk.scrutiny.ui.component.Notifications;

/**
 * Every run of the evidence import, newest first; a run's files with their outcomes; a file's
 * errors and warnings by row, and the filed file and its error report to download. "Run import
 * now" asks for a run at once; a run in progress shows how far it has got.
 */
@PageTitle("Imports | Safeguarding Scrutiny")
@Route("imports")
@Menu(order = 6, icon = "vaadin:upload-alt", title = "Imports")
@RolesAllowed({"BUSINESS_UNIT", "MANAGER"})
@StyleSheet("context://assets/scorecards.css")
public class ImportsView extends Main {

    private static final int POLL_MILLIS = 1000;

    private final ImportService imports;
    private final Grid<ImportRun> runs = new Grid<>();
    private final Grid<ImportFile> files = new Grid<>();
    private final Grid<ImportIssue> issues = new Grid<>();
    private final Div fileDownloads = new Div();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Paragraph progressText = new Paragraph();
    private @Nullable Registration polling;

    ImportsView(ImportService imports) {
        this.imports = imports;
        addClassName("page");
        add(new H1("Imports"));
        add(new Paragraph(
                "The evidence import reads the inbox every night: scorecards, and minutes manifests with their documents. "
                        + "Each run is listed here with what became of every file."));
        Button runNow = new Button("Run import now", e -> {
            imports.runNow();
            Notifications.saved("The import has been asked for: it starts as soon as any run going on has finished.");
            getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
        });
        runNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        progress.addClassName("import-progress");
        progress.getElement().setAttribute("aria-label", "Share of the current file read");
        progress.setVisible(false);
        progressText.setVisible(false);
        add(new HorizontalLayout(runNow), progressText, progress);

        runs.setAriaLabel("Import runs");
        runs.addColumn(r -> "Run " + r.id()).setHeader("Run").setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(r -> time(r.startedAt())).setHeader("Started").setAutoWidth(true);
        runs.addColumn(r -> r.finishedAt() == null ? "" : time(r.finishedAt()))
                .setHeader("Finished")
                .setAutoWidth(true);
        runs.addColumn(r -> r.trigger().label()).setHeader("Started by").setAutoWidth(true);
        runs.addColumn(ImportRun::startedBy).setHeader("Who").setAutoWidth(true);
        runs.addColumn(r -> r.status().label() + (r.failure() == null ? "" : ": " + r.failure()))
                .setHeader("Status")
                .setFlexGrow(1);
        runs.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        runs.setItems(
                query -> imports.runs(query.getOffset(), query.getLimit()).stream(), query -> (int) imports.count());
        runs.setHeight("18em");
        runs.asSingleSelect().addValueChangeListener(e -> showRun(e.getValue()));

        files.setAriaLabel("Files of the run");
        files.addColumn(ImportFile::path).setHeader("File").setAutoWidth(true);
        files.addColumn(f -> f.kind().label()).setHeader("Kind").setAutoWidth(true);
        files.addColumn(f -> f.outcome() == null ? "In progress" : f.outcome().label())
                .setHeader("Outcome")
                .setAutoWidth(true);
        files.addColumn(ImportFile::rowsRead).setHeader("Rows read").setAutoWidth(true);
        files.addColumn(ImportFile::rowsImported).setHeader("Imported").setAutoWidth(true);
        files.addColumn(ImportFile::rowsRejected).setHeader("Rejected").setAutoWidth(true);
        files.addColumn(ImportFile::submittedBy).setHeader("Sent by").setAutoWidth(true);
        files.addColumn(f -> f.filedAs() == null ? "" : f.filedAs())
                .setHeader("Filed as")
                .setFlexGrow(1);
        files.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        files.setAllRowsVisible(true);
        files.asSingleSelect().addValueChangeListener(e -> showFile(e.getValue()));

        issues.setAriaLabel("Errors and warnings of the file, by row");
        issues.addColumn(i -> i.row() == null ? "whole file" : i.row().toString())
                .setHeader("Row")
                .setAutoWidth(true)
                .setFlexGrow(0);
        issues.addColumn(i -> i.column() == null ? "" : i.column())
                .setHeader("Column")
                .setAutoWidth(true)
                .setFlexGrow(0);
        issues.addColumn(i -> i.value() == null ? "" : i.value())
                .setHeader("Value")
                .setAutoWidth(true)
                .setFlexGrow(0);
        issues.addColumn(i -> i.warning() ? "Warning" : "Error")
                .setHeader("Kind")
                .setAutoWidth(true)
                .setFlexGrow(0);
        issues.addColumn(ImportIssue::reason).setHeader("Reason").setFlexGrow(1);
        issues.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        issues.setHeight("20em");
        issues.setVisible(false);

        add(new Section(new H2("Runs"), runs), new Section(new H2("Files"), files, fileDownloads, issues));
    }

    private static String time(Instant instant) {
        return UkDates.table(instant);
    }

    private void showRun(@Nullable ImportRun run) {
        files.setItems(run == null ? List.of() : imports.files(run.id()));
        showFile(null);
    }

    private void showFile(@Nullable ImportFile file) {
        fileDownloads.removeAll();
        if (file == null) {
            issues.setVisible(false);
            return;
        }
        long id = file.id();
        issues.setItems(query -> imports.issues(id, query.getOffset(), query.getLimit()).stream(), query ->
                (int) imports.countIssues(id));
        issues.setVisible(true);
        if (file.filedAs() != null) {
            HorizontalLayout links = new HorizontalLayout();
            if (file.kind() == ImportKind.SCORECARD) {
                links.add(download(file, false, "Download the file as received"));
            }
            if (imports.countIssues(id) > 0) {
                links.add(download(file, true, "Download its error report (.csv)"));
            }
            fileDownloads.add(links);
        }
    }

    private Component download(ImportFile file, boolean errorReport, String text) {
        String name = file.name() + (errorReport ? ".errors.csv" : "");
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        return new DownloadResponse(
                                imports.openFiled(file.id(), errorReport),
                                name,
                                errorReport || name.endsWith(".csv") ? "text/csv" : "application/octet-stream",
                                -1);
                    } catch (NotFoundException e) {
                        return DownloadResponse.error(404, e.getMessage());
                    }
                }),
                AttachmentType.DOWNLOAD,
                text);
        link.addClassName("export-link");
        return link;
    }

    private void showProgress() {
        Optional<RunProgress> now = imports.progress();
        progress.setVisible(now.isPresent());
        progressText.setVisible(now.isPresent());
        now.ifPresent(p -> {
            progressText.setText(
                    p.runId() == null
                            ? "An import is about to start."
                            : "Run " + p.runId() + " is going on"
                                    + (p.file() == null
                                            ? ""
                                            : ": " + p.file()
                                                    + (p.rowsRead() > 0 ? ", " + p.rowsRead() + " rows read" : ""))
                                    + ".");
            if (p.fraction() == null) {
                progress.setIndeterminate(true);
            } else {
                progress.setIndeterminate(false);
                progress.setValue(p.fraction());
            }
        });
        if (now.isEmpty()) {
            runs.getDataProvider().refreshAll();
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        polling = event.getUI().addPollListener(e -> showProgress());
        if (imports.progress().isPresent()) {
            event.getUI().setPollInterval(POLL_MILLIS);
            showProgress();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }
}
