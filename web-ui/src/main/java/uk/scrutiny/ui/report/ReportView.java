package uk.scrutiny.ui.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import uk.scrutiny.application.report.ReportModel;
import uk.scrutiny.application.report.ReportService;
import uk.scrutiny.application.review.ReviewArchiveService;
import uk.scrutiny.application.review.ReviewListItem;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.common.Download;
import uk.scrutiny.domain.period.UkDates;
import uk.scrutiny.domain.report.PublishedReport;
import uk.scrutiny.domain.report.ReportFormat;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.ui.component.Notifications;

/**
 * A review's report: whether this is a published version or a draft, downloads as PDF, Word and
 * JSON, every published version with its files and SHA-256, and the report itself as it reads.
 * The manager can import a review archive here.
 */
@Route("report")
@Menu(order = 5, icon = "vaadin:file-text-o", title = "Report")
@PermitAll
@StyleSheet("context://assets/report.css")
@StyleSheet("context://assets/report-page.css")
public class ReportView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final int MAX_ARCHIVE_BYTES = 20 * 1024 * 1024;

    private final ReviewService reviews;
    private final ReportService reports;
    private final ReviewArchiveService archives;
    private String title = "Report | Safeguarding Scrutiny";

    ReportView(ReviewService reviews, ReportService reports, ReviewArchiveService archives) {
        this.reviews = reviews;
        this.reports = reports;
        this.archives = archives;
        addClassNames("page", "report-view");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long id) {
        removeAll();
        ReviewId reviewId = id != null ? new ReviewId(id) : reviews.currentReview();
        if (reviewId == null) {
            add(new H1("Report"), new Paragraph("There is no review yet, so there is no report to show."));
            if (archives.mayImport()) {
                add(importSection());
            }
            return;
        }
        ReportModel model;
        List<PublishedReport> published;
        try {
            model = reports.preview(reviewId);
            published = reports.publishedVersions(reviewId);
        } catch (AccessDeniedException | uk.scrutiny.domain.common.NotFoundException e) {
            // Refused and missing look alike, so that nobody learns what exists by typing addresses.
            event.rerouteToError(NotFoundException.class, "There is no review " + id + " whose report you can open.");
            return;
        }
        title = "Report " + model.year() + " | Safeguarding Scrutiny";
        show(reviewId, model, published);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(ReviewId id, ReportModel model, List<PublishedReport> published) {
        add(new H1("Report " + model.year()), chooser(id));

        Paragraph edition = new Paragraph(model.edition().text() + ". "
                + (model.edition().published()
                        ? "The downloads are the files stored when it was published, checked against their SHA-256."
                        : "The downloads are made now from the review as it stands and are marked as a draft."));
        edition.addClassNames(
                "report-flag", model.edition().published() ? "report-flag-published" : "report-flag-draft");
        edition.getElement().setAttribute("role", "status");

        Div downloads = new Div(
                download("Download PDF", () -> reports.download(id, ReportFormat.PDF)),
                download("Download Word (.docx)", () -> reports.download(id, ReportFormat.WORD)),
                download("Export as JSON", () -> archives.export(id)));
        downloads.addClassName("report-downloads");
        add(edition, downloads, versions(published));
        if (archives.mayImport()) {
            add(importSection());
        }

        Section preview = new Section(new H2("Preview"), new Html(reports.previewHtml(model)));
        preview.addClassName("report-preview");
        add(preview);
    }

    private Component chooser(ReviewId current) {
        Select<ReviewListItem> select = new Select<>();
        select.setLabel("Review");
        List<ReviewListItem> all = reviews.reviews();
        select.setItems(all);
        select.setItemLabelGenerator(r -> r.year() + " (" + r.status().label().toLowerCase() + ")");
        all.stream().filter(r -> r.id().equals(current)).findFirst().ifPresent(select::setValue);
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui ->
                        ui.navigate(ReportView.class, e.getValue().id().value()));
            }
        });
        return select;
    }

    private Component versions(List<PublishedReport> published) {
        Section section = new Section(new H2("Published versions"));
        section.addClassName("report-versions");
        if (published.isEmpty()) {
            section.add(
                    new Paragraph(
                            "Not published yet. When the manager publishes the signed-off review, its PDF and "
                                    + "Word files are stored here with their SHA-256, and every later publication is added beside them."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (PublishedReport file : published) {
            String when = UkDates.table(file.publishedAt());
            ListItem item = new ListItem(
                    new Span("Version " + file.version() + ", " + file.format().label() + ", published " + when + " by "
                            + file.publishedBy() + ": "),
                    download(file.file().originalName(), () -> reports.downloadPublished(file.requireId())));
            Span hash = new Span("SHA-256 " + file.sha256());
            hash.addClassName("report-hash");
            item.add(hash);
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component importSection() {
        Section section = new Section(
                new H2("Import a review archive"),
                new Paragraph("Adds the review held in a JSON archive exported from this or another installation. "
                        + "It is refused whole, with every problem named, if its year already has a review here or "
                        + "it names agencies or meeting bodies this installation does not have."));
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try {
                byte[] json = Files.readAllBytes(file.toPath());
                ReviewId[] imported = new ReviewId[1];
                if (Notifications.attempt(
                        () -> imported[0] = archives.importArchive(json), "The review archive has been imported.")) {
                    getUI().ifPresent(ui -> ui.navigate(ReportView.class, imported[0].value()));
                }
            } catch (IOException e) {
                Notifications.error("The uploaded file could not be read: " + e.getMessage() + ". Upload it again.");
            } finally {
                try {
                    Files.deleteIfExists(file.toPath());
                } catch (IOException ignored) {
                    // A temporary file; the operating system clears its temporary folder.
                }
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_ARCHIVE_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.addFileRejectedListener(
                e -> Notifications.error(e.getErrorMessage() + " Choose a review archive (.json) of at most 20 MB."));
        upload.getElement().setAttribute("aria-label", "Choose the review archive to import");
        section.add(upload);
        section.addClassName("report-import");
        return section;
    }

    private static Anchor download(String text, Supplier<Download> file) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                Download report = file.get();
                return new DownloadResponse(
                        new ByteArrayInputStream(report.content()),
                        report.fileName(),
                        report.contentType(),
                        report.content().length);
            } catch (AccessDeniedException | uk.scrutiny.domain.common.NotFoundException e) {
                return DownloadResponse.error(404, "There is no such report file that you can download.");
            }
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        anchor.addClassName("report-download");
        return anchor;
    }
}
