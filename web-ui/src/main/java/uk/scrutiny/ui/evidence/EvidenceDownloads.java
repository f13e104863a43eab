package uk.scrutiny.ui.evidence;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.Objects;
import uk.scrutiny.application.evidence.EvidenceService;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.evidence.EvidenceItem;

/**
 * Links that download a stored evidence file, always as an attachment (never shown inline, so a
 * file cannot run as a page of the application), under the name it came with. The service checks
 * the downloader's role at the moment of the download.
 */
public final class EvidenceDownloads {

    private EvidenceDownloads() {}

    public static Anchor link(EvidenceService evidence, EvidenceItem item) {
        EvidenceId id = Objects.requireNonNull(item.id());
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                EvidenceService.Download download = evidence.download(id);
                return new DownloadResponse(
                        download.content(),
                        download.file().originalName(),
                        download.file().contentType(),
                        download.file().size());
            } catch (NotFoundException e) {
                return DownloadResponse.error(404, e.getMessage());
            }
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, item.reference());
        anchor.getElement().setAttribute("aria-label", item.reference() + " (download)");
        return anchor;
    }
}
