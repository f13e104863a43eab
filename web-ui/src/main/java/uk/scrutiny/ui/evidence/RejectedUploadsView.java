package uk.scrutiny.ui.evidence;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import uk.scrutiny.application.evidence.RejectedUploadService;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.evidence.RejectedUpload;
import uk.scrutiny.domain.evidence.RejectedUploadId;
import uk.scrutiny.domain.period.UkDates;
import uk.scrutiny.ui.component.Notifications;

/**
 * Every upload refused as evidence, newest first, with who sent it, when, and why; a kept file to
 * download (always as bytes to save, under a safe name) and, for the manager, to delete.
 */
@PageTitle("Rejected uploads | Safeguarding Scrutiny")
@Route("evidence/rejected")
@Menu(order = 3.5, icon = "vaadin:ban", title = "Rejected uploads")
@RolesAllowed({"BUSINESS_UNIT", "MANAGER"})
public class RejectedUploadsView extends Main {

    private final RejectedUploadService rejected;
    private final boolean manager;
    private final Grid<RejectedUpload> grid = new Grid<>();

    RejectedUploadsView(RejectedUploadService rejected) {
        this.rejected = rejected;
        this.manager = rejected.mayDelete();
        addClassNames("page", "rejected-uploads");
        add(new H1("Rejected uploads"));
        add(new Paragraph("Files refused when they were uploaded as evidence: their content was not what their name "
                + "claimed or not a kind the library accepts, or they were empty or over the size limit. None of them is "
                + "in the evidence library. A refused file that arrived whole within the limit is kept here, apart from "
                + "the evidence, so that it can be checked; it downloads as a file to save (its name ends in .bin), "
                + "never to open in the browser. Treat a downloaded file with care: it may be harmful."
                + (manager ? " As the manager you may delete a kept file; the record of the refusal stays." : "")));
        add(new RouterLink("Back to the evidence library", EvidenceLibraryView.class));

        grid.setAriaLabel("Rejected uploads");
        grid.addColumn(u -> time(u.uploadedAt()))
                .setKey("uploaded")
                .setHeader("Uploaded")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RejectedUpload::originalName)
                .setKey("name")
                .setHeader("File name")
                .setFlexGrow(2);
        grid.addColumn(RejectedUpload::uploadedBy)
                .setKey("uploadedBy")
                .setHeader("Uploaded by")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(u -> u.size() == null ? "Not received" : size(u.size()))
                .setKey("size")
                .setHeader("Size")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(u -> u.cause().label())
                .setKey("cause")
                .setHeader("Refused as")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RejectedUpload::reason)
                .setKey("reason")
                .setHeader("Reason")
                .setFlexGrow(4);
        grid.addComponentColumn(this::file)
                .setKey("keptFile")
                .setHeader("Kept file")
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> rejected.find(query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, rejected.count()));
        grid.setHeight("36rem");
        add(grid);
    }

    private Component file(RejectedUpload upload) {
        RejectedUploadId id = Objects.requireNonNull(upload.id());
        if (upload.fileDeletedAt() != null) {
            return new Span("Deleted by " + upload.fileDeletedBy() + " on " + time(upload.fileDeletedAt()));
        }
        if (!upload.isKept()) {
            return new Span(
                    switch (upload.cause()) {
                        case EMPTY -> "Nothing to keep";
                        case TOO_LARGE -> "Not kept: over the size limit";
                        case CONTENT -> "Not kept";
                    });
        }
        String name = upload.downloadName();
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                RejectedUploadService.Download download = rejected.download(id);
                return new DownloadResponse(
                        download.content(), download.fileName(), download.contentType(), download.size());
            } catch (NotFoundException e) {
                return DownloadResponse.error(404, e.getMessage());
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(403, "Your role may not download rejected uploads.");
            }
        });
        Anchor download = new Anchor(handler, AttachmentType.DOWNLOAD, "Download " + name);
        download.getElement()
                .setAttribute("aria-label", "Download " + name + ", the kept file of '" + upload.originalName() + "'");
        download.addClassName("kept-file");
        HorizontalLayout cell = new HorizontalLayout(download);
        cell.setWrap(true);
        if (manager) {
            Button delete = new Button("Delete file", e -> confirmDelete(upload));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setAriaLabel("Delete file of '" + upload.originalName() + "'");
            cell.add(delete);
        }
        return cell;
    }

    private void confirmDelete(RejectedUpload upload) {
        RejectedUploadId id = Objects.requireNonNull(upload.id());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Delete the kept file?");
        dialog.add(new Paragraph("The kept file of '" + upload.originalName() + "', uploaded by " + upload.uploadedBy()
                + " on " + time(upload.uploadedAt()) + ", will be deleted for good. The record of the refusal stays, "
                + "with your name, and the deletion is in the audit trail."));
        Button cancel = new Button("Cancel", e -> dialog.close());
        Button delete = new Button("Delete the file", e -> {
            if (Notifications.attempt(
                    () -> rejected.deleteFile(id), "Kept file of '" + upload.originalName() + "' deleted.")) {
                dialog.close();
            }
            grid.getDataProvider().refreshAll();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(cancel, delete);
        dialog.open();
    }

    private static String time(Instant instant) {
        return UkDates.table(instant);
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1_048_576) {
            return String.format(Locale.UK, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.UK, "%.1f MB", bytes / 1_048_576.0);
    }
}
