package uk.scrutiny.ui.evidence;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.evidence.EvidenceService;
import uk.scrutiny.domain.evidence.EvidenceItem;

/**
 * Where an evidence item is, the one way every page shows it: a web link opens in a new tab with no
 * referrer and no access back to this page; a stored file downloads as an attachment (when downloads
 * are offered); anything else is its file name, as recorded.
 */
public final class EvidenceLink {

    private EvidenceLink() {}

    /**
     * @param downloads the service to download stored files through, or {@code null} to show their
     *     names only
     */
    public static Component of(EvidenceItem item, @Nullable EvidenceService downloads) {
        if (item.link() != null) {
            return web(item.link());
        }
        if (item.file() != null && downloads != null) {
            return EvidenceDownloads.link(downloads, item);
        }
        Span name = new Span(item.reference());
        name.addClassName("file-name");
        return name;
    }

    public static Anchor web(URI address) {
        Anchor anchor = new Anchor(address.toString(), address.toString(), AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        return anchor;
    }
}
