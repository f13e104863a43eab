package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.security.access.AccessDeniedException;
import uk.scrutiny.application.admin.FrameworkAdminService;
import uk.scrutiny.application.admin.FrameworkFile;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.framework.FrameworkId;

/** Frameworks in and out as JSON files: an export link that always downloads, and a bounded upload. */
final class FrameworkFiles {

    private FrameworkFiles() {}

    /** A link that downloads the version as a {@code .json} attachment, made when it is clicked. */
    static Anchor exportLink(FrameworkAdminService frameworks, FrameworkId id, String text, String accessibleName) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                FrameworkFile file = frameworks.export(id);
                return new DownloadResponse(
                        new ByteArrayInputStream(file.content()),
                        file.fileName(),
                        FrameworkFile.CONTENT_TYPE,
                        file.content().length);
            } catch (NotFoundException e) {
                return DownloadResponse.error(404, e.getMessage());
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(403, "Your role does not allow this download.");
            }
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        anchor.getElement().setAttribute("aria-label", accessibleName);
        return anchor;
    }

    /**
     * Receives an uploaded framework file into memory, reading no more than one byte past the
     * largest file accepted (the service refuses anything larger, with the reason), and hands it to
     * {@code received} with the page locked.
     */
    static UploadHandler importHandler(SerializableBiConsumer<String, byte[]> received) {
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                byte[] content;
                try (InputStream in = event.getInputStream()) {
                    content = in.readNBytes(FrameworkAdminService.MAX_FILE_BYTES + 1);
                }
                String name = event.getFileName();
                event.getUI().access(() -> received.accept(name, content));
            }
        };
    }
}
