package uk.scrutiny.ui.scorecard;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import uk.scrutiny.application.scorecard.ScorecardService;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.evidence.RejectedFileException;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ScorecardCheck;
import uk.scrutiny.domain.imports.UploadOutcome;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.period.UkDates;
import uk.scrutiny.domain.scorecard.ScorecardSubmission;

/**
 * Sending a scorecard: the template of the agency's indicator codes, the file checked at once
 * against every rule (every error by row, with a progress bar while a large file is read), then
 * sent into the import's inbox and imported straight away; below, the agency's submissions with
 * their status. A data officer sends for their own agency only.
 */
@PageTitle("Send a scorecard | Safeguarding Scrutiny")
@Route("scorecards/send")
@RolesAllowed({"BUSINESS_UNIT", "MANAGER", "DATA_OFFICER"})
@StyleSheet("context://assets/scorecards.css")
public class ScorecardSendView extends Main {

    private static final int POLL_MILLIS = 500;

    private final ScorecardService scorecards;
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportIssue> errors = new Grid<>();
    private final Button send = new Button("Send this scorecard");
    private final Grid<UploadOutcome> uploads = new Grid<>();
    private final Grid<ScorecardSubmission> history = new Grid<>();
    private final Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
        Path copy;
        try {
            copy = Files.createTempFile("scorecard-", ".upload");
            Files.move(file.toPath(), copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startCheck(copy, metadata.fileName());
    }));
    private @Nullable Registration polling;
    private @Nullable Path checkedFile;
    private @Nullable String checkedName;

    ScorecardSendView(ScorecardService scorecards) {
        this.scorecards = scorecards;
        addClassNames("page", "scorecards-page");
        add(new H1("Send a scorecard"));
        add(
                new Paragraph(
                        "Choose your CSV or Excel file. It is checked at once against the import format, and every error is "
                                + "listed by row; nothing is stored until you send a file with no errors. A file you send is imported straight away."));
        add(templates(), checkSection(), historySection());
        refreshHistory();
    }

    private Section templates() {
        List<Agency> agencies = scorecards.agenciesToSendFor();
        Select<Agency> agency = new Select<>();
        agency.setLabel("Agency");
        agency.setItems(agencies);
        agency.setItemLabelGenerator(a -> a.code() + " – " + a.name());
        agency.setValue(agencies.isEmpty() ? null : agencies.getFirst());
        agency.setReadOnly(agencies.size() == 1);
        FinancialQuarter quarter = scorecards.latestQuarter();
        HorizontalLayout row =
                new HorizontalLayout(agency, template(agency, quarter, false), template(agency, quarter, true));
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return new Section(
                new H2("Templates"),
                new Paragraph(
                        "A template lists the indicator codes the agency sends, for " + quarter
                                + ": fill in the values (a number, or one of the symbols c, low, k, u, x, z) and send it back."),
                row);
    }

    private Anchor template(Select<Agency> agency, FinancialQuarter quarter, boolean workbook) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    Agency chosen = agency.getValue();
                    if (chosen == null) {
                        return DownloadResponse.error(404, "Choose an agency");
                    }
                    byte[] bytes = ScorecardSheets.template(
                            chosen.code(), quarter, scorecards.templateIndicators(chosen.code()), workbook);
                    String name = chosen.code().value().toLowerCase() + "-"
                            + quarter.toString()
                                    .replace("/", "-")
                                    .replace(" ", "-")
                                    .toLowerCase() + (workbook ? ".xlsx" : ".csv");
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            name,
                            workbook ? ScorecardSheets.XLSX : ScorecardSheets.CSV,
                            bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                workbook ? "Template (.xlsx)" : "Template (.csv)");
        link.addClassName("export-link");
        return link;
    }

    private Section checkSection() {
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, ScorecardService.MAX_UPLOAD_BYTES));
        upload.addFileRejectedListener(e -> error(e.getErrorMessage() + " Send a .csv or .xlsx file of at most "
                + ScorecardService.MAX_UPLOAD_BYTES / 1_048_576 + " MB."));
        upload.getElement().setAttribute("aria-label", "Choose the scorecard file");

        progress.setVisible(false);
        progress.addClassName("import-progress");
        progress.getElement().setAttribute("aria-label", "Share of the file checked");
        summary.addClassName("upload-summary");
        errors.setAriaLabel("Errors in the file, by row");
        errors.addColumn(i -> i.row() == null ? "whole file" : i.row().toString())
                .setHeader("Row")
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(i -> i.column() == null ? "" : i.column())
                .setHeader("Column")
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(i -> i.value() == null ? "" : i.value())
                .setHeader("Value")
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(i -> (i.warning() ? "Warning: " : "") + i.reason())
                .setHeader("What is wrong")
                .setFlexGrow(1);
        errors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        errors.setVisible(false);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setEnabled(false);
        send.addClickListener(e -> sendChecked());
        return new Section(new H2("Check and send"), upload, progress, summary, errors, send);
    }

    private void startCheck(Path file, String name) {
        UI ui = UI.getCurrent();
        // The summary names the file being checked; the upload is ready at once for another file.
        upload.clearFileList();
        discardChecked();
        summary.setText("Checking '" + name + "'…");
        summary.removeClassNames("valid", "invalid");
        errors.setVisible(false);
        send.setEnabled(false);
        progress.setValue(0);
        progress.setIndeterminate(false);
        progress.setVisible(true);
        ui.setPollInterval(POLL_MILLIS);
        Thread.ofVirtual().name("scorecard-check").start(new DelegatingSecurityContextRunnable(() -> {
            ScorecardCheck check;
            try {
                check = scorecards.check(
                        file,
                        name,
                        share -> ui.access(() -> {
                            if (Double.isNaN(share)) {
                                progress.setIndeterminate(true);
                            } else {
                                progress.setValue(share);
                            }
                        }));
            } catch (RejectedFileException | AccessDeniedException | RuleViolationException e) {
                ui.access(() -> {
                    finishCheck(ui);
                    summary.setText(e.getMessage());
                    summary.addClassName("invalid");
                });
                deleteQuietly(file);
                return;
            }
            ScorecardCheck result = check;
            ui.access(() -> showCheck(ui, file, name, result));
        }));
    }

    private void finishCheck(UI ui) {
        progress.setVisible(false);
        ui.setPollInterval(-1);
    }

    private void showCheck(UI ui, Path file, String name, ScorecardCheck check) {
        finishCheck(ui);
        List<ImportIssue> shown = new java.util.ArrayList<>(check.errors());
        shown.addAll(check.warnings());
        errors.setItems(shown);
        errors.setVisible(!shown.isEmpty());
        if (check.isValid()) {
            checkedFile = file;
            checkedName = name;
            summary.setText("'" + name + "' is valid: " + check.rows() + " rows for "
                    + check.agencies().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ", "
                    + check.quarters().stream()
                            .sorted()
                            .map(FinancialQuarter::toString)
                            .collect(Collectors.joining(", "))
                    + ". Send it to import it.");
            summary.addClassName("valid");
            send.setEnabled(true);
        } else {
            deleteQuietly(file);
            summary.setText(
                    "'" + name + "' has " + check.errorCount() + (check.errorCount() == 1 ? " error" : " errors")
                            + (check.errorCount() > check.errors().size()
                                    ? " (the first " + check.errors().size() + " are listed)"
                                    : "")
                            + ". Correct the file and choose it again; nothing has been stored.");
            summary.addClassName("invalid");
        }
    }

    private void sendChecked() {
        Path file = checkedFile;
        String name = checkedName;
        if (file == null || name == null) {
            return;
        }
        try {
            scorecards.send(file, name);
            Notification.show(
                            "'" + name + "' was sent and is being imported now. Its outcome shows below.",
                            6000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            summary.setText("'" + name + "' was sent.");
            send.setEnabled(false);
            errors.setVisible(false);
            refreshHistory();
            getUI().ifPresent(ui -> ui.setPollInterval(2000));
        } catch (RuleViolationException | AccessDeniedException e) {
            error(e.getMessage());
        } finally {
            discardChecked();
        }
    }

    private void discardChecked() {
        if (checkedFile != null) {
            deleteQuietly(checkedFile);
        }
        checkedFile = null;
        checkedName = null;
    }

    private Section historySection() {
        uploads.setAriaLabel("Scorecards sent from this page");
        uploads.addColumn(u -> UkDates.table(u.upload().receivedAt()))
                .setHeader("Sent")
                .setAutoWidth(true);
        uploads.addColumn(u -> u.upload().originalName()).setHeader("File").setAutoWidth(true);
        uploads.addColumn(u -> u.upload().submittedBy()).setHeader("Sent by").setAutoWidth(true);
        uploads.addColumn(UploadOutcome::statusLabel).setHeader("Status").setAutoWidth(true);
        uploads.addColumn(u -> u.file() == null
                        ? ""
                        : u.file().rowsRead() + " read, " + u.file().rowsImported() + " imported, "
                                + u.file().rowsRejected() + " rejected")
                .setHeader("Rows")
                .setFlexGrow(1);
        uploads.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::uploadIssues));
        uploads.addThemeVariants(GridVariant.LUMO_COMPACT);
        uploads.setAllRowsVisible(true);

        history.setAriaLabel("Submissions received");
        history.addColumn(s -> s.agency().value()).setHeader("Agency").setAutoWidth(true);
        history.addColumn(s -> s.quarter().toString()).setHeader("Quarter").setAutoWidth(true);
        history.addColumn(ScorecardSubmission::fileName).setHeader("File").setAutoWidth(true);
        history.addColumn(s -> UkDates.table(s.receivedAt()))
                .setHeader("Received")
                .setAutoWidth(true);
        history.addColumn(ScorecardSubmission::submittedBy).setHeader("Sent by").setAutoWidth(true);
        history.addColumn(ScorecardSubmission::valueCount).setHeader("Values").setAutoWidth(true);
        history.addColumn(s -> s.status().label()).setHeader("Status").setFlexGrow(1);
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        history.setAllRowsVisible(true);
        return new Section(
                new H2("Sent from this page"),
                new Paragraph("Select a row to see what the import found in it."),
                uploads,
                new H2("Submissions"),
                history);
    }

    private Div uploadIssues(UploadOutcome outcome) {
        Div details = new Div();
        if (outcome.file() == null) {
            details.add(new Paragraph("Waiting to be imported."));
            return details;
        }
        List<ImportIssue> issues = scorecards.issues(outcome.file().id(), 0, 200);
        if (issues.isEmpty()) {
            details.add(new Paragraph("No errors or warnings."));
        }
        issues.forEach(i -> details.add(new Paragraph(
                (i.row() == null ? "Whole file" : "Row " + i.row()) + (i.column() == null ? "" : ", " + i.column())
                        + ": " + (i.warning() ? "warning: " : "") + i.reason())));
        return details;
    }

    private void refreshHistory() {
        List<UploadOutcome> sent = scorecards.uploads(50);
        uploads.setItems(sent);
        history.setItems(scorecards.history());
        if (sent.stream().noneMatch(u -> u.file() == null || u.file().outcome() == null)) {
            getUI().ifPresent(ui -> {
                if (checkedFile == null && !progress.isVisible()) {
                    ui.setPollInterval(-1);
                }
            });
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        polling = event.getUI().addPollListener(e -> {
            if (!progress.isVisible()) {
                refreshHistory();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        discardChecked();
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file left behind is removed with the others by the system.
        }
    }
}
