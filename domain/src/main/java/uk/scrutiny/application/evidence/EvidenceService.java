package uk.scrutiny.application.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.audit.Auditor;
import uk.scrutiny.application.security.CurrentActor;
import uk.scrutiny.application.security.Permission;
import uk.scrutiny.application.security.Permissions;
import uk.scrutiny.application.security.Roles;
import uk.scrutiny.domain.common.Download;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.evidence.CheckedFile;
import uk.scrutiny.domain.evidence.ContentInspector;
import uk.scrutiny.domain.evidence.EvidenceFiles;
import uk.scrutiny.domain.evidence.EvidenceFilter;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.evidence.EvidenceItems;
import uk.scrutiny.domain.evidence.EvidenceSource;
import uk.scrutiny.domain.evidence.EvidenceType;
import uk.scrutiny.domain.evidence.RejectedFileException;
import uk.scrutiny.domain.evidence.RejectionCause;
import uk.scrutiny.domain.evidence.StoredFile;
import uk.scrutiny.domain.partnership.AgencyCode;

/**
 * The evidence library: finding items, what cites them, filing uploaded files and web links, and
 * handing stored files out. An upload is accepted only when its bytes are what its name claims and
 * it is within the size limit; a refused one is recorded by {@link RejectedUploadService}.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceService {

    private final EvidenceItems items;
    private final Permissions permissions;
    private final EvidenceFiles files;
    private final ContentInspector inspector;
    private final CurrentActor actor;
    private final Auditor auditor;
    private final Clock clock;
    private final RejectedUploadService rejected;
    private final long maxUploadBytes;

    public EvidenceService(
            EvidenceItems items,
            EvidenceFiles files,
            ContentInspector inspector,
            CurrentActor actor,
            Auditor auditor,
            Clock clock,
            RejectedUploadService rejected,
            @Value("${scrutiny.upload.max-bytes:26214400}") long maxUploadBytes,
            Permissions permissions) {
        this.permissions = permissions;
        this.items = items;
        this.files = files;
        this.inspector = inspector;
        this.actor = actor;
        this.auditor = auditor;
        this.clock = clock;
        this.rejected = rejected;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** Whether the caller may file evidence: upload files and add links (the business unit). */
    @PreAuthorize(Roles.SIGNED_IN)
    public boolean mayFile() {
        return permissions.may(Permission.RUN_SCRUTINY);
    }

    /** The largest file accepted, in bytes. */
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /**
     * Files an uploaded document as evidence: checks its size and that its bytes are what its
     * name claims, stores it under a generated name with its SHA-256, and records the item. A
     * refused file is recorded as a rejected upload (kept in quarantine when it arrived within the
     * limit), and that record stays although the upload itself is refused.
     *
     * @param upload the received bytes, in a temporary file the caller deletes afterwards
     * @throws RejectedFileException saying that the file was refused, why, what to send instead and what was kept
     */
    @Transactional(noRollbackFor = RejectedFileException.class)
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public EvidenceItem upload(
            Path upload,
            String originalName,
            String title,
            EvidenceType type,
            LocalDate date,
            @Nullable AgencyCode owner) {
        if (type == EvidenceType.WEB_LINK || type == EvidenceType.SCORECARD) {
            throw new IllegalArgumentException(
                    type.label() + " evidence is not uploaded here: add a link, or send the scorecard");
        }
        long size = sizeOf(upload);
        if (size == 0) {
            throw rejected.refused(
                    upload,
                    originalName,
                    RejectionCause.EMPTY,
                    "'" + originalName + "' is empty: choose the file again.");
        }
        if (size > maxUploadBytes) {
            throw rejected.refused(
                    upload,
                    originalName,
                    RejectionCause.TOO_LARGE,
                    "'" + originalName + "' is "
                            + RejectedUploadService.megabytes(size) + "; files of up to "
                            + RejectedUploadService.megabytes(maxUploadBytes)
                            + " are accepted. Save a smaller copy (for example a PDF) and upload that.");
        }
        CheckedFile checked;
        try {
            checked = inspector.check(upload, originalName);
        } catch (RejectedFileException e) {
            throw rejected.refused(upload, originalName, RejectionCause.CONTENT, String.valueOf(e.getMessage()));
        }
        StoredFile stored = files.store(upload, originalName, checked.contentType());
        EvidenceItem saved = items.save(new EvidenceItem(
                null,
                type,
                title,
                date,
                owner,
                EvidenceSource.UPLOAD,
                stored.originalName(),
                stored,
                null,
                false,
                null,
                null,
                null,
                clock.instant(),
                actor.get().username(),
                0));
        auditor.changed(
                "evidence:" + saved.id(),
                "Evidence item '" + saved.title() + "'",
                "added",
                null,
                stored.originalName() + " (" + checked.kind().label() + ", SHA-256 " + stored.sha256() + ")");
        return saved;
    }

    /**
     * Records a file that the browser refused to send because it is over the upload limit (see
     * {@link RejectedUploadService#refusedBeforeSending(String)}).
     *
     * @return the refusal to give the uploader
     */
    @Transactional
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public RejectedFileException refusedBeforeSending(String originalName) {
        return rejected.refusedBeforeSending(originalName);
    }

    /** A stored file to download, with the name it came with. */
    public record Download(StoredFile file, InputStream content) {}

    /**
     * Opens the stored file of an item for download; the caller closes the stream.
     *
     * @throws uk.scrutiny.domain.common.NotFoundException when the item holds no file
     */
    @PreAuthorize(Roles.READ_LIBRARY)
    public Download download(EvidenceId id) {
        EvidenceItem item = items.find(id).orElseThrow(() -> new NotFoundException("There is no evidence item " + id));
        StoredFile file = item.file();
        if (file == null) {
            throw new NotFoundException("'" + item.title() + "' is recorded by name only: no file is held for it.");
        }
        return new Download(file, files.open(file));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreAuthorize(Roles.READ_LIBRARY)
    public List<EvidenceItem> find(EvidenceFilter filter, int offset, int limit) {
        return items.find(filter, offset, limit);
    }

    @PreAuthorize(Roles.READ_LIBRARY)
    public long count(EvidenceFilter filter) {
        return items.count(filter);
    }

    @PreAuthorize(Roles.READ_LIBRARY)
    public EvidenceDetails details(EvidenceId id) {
        EvidenceItem item = items.find(id).orElseThrow(() -> new NotFoundException("There is no evidence item " + id));
        return new EvidenceDetails(item, items.citations(id));
    }

    /**
     * Files a web page as evidence.
     *
     * @param address an {@code https://} address; anything else is refused with the reason
     */
    @Transactional
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public EvidenceItem addLink(String title, String address, LocalDate date, @Nullable AgencyCode owner) {
        URI link;
        try {
            link = new URI(address.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "'" + address.strip() + "' is not a web address: copy it from the browser's address bar", e);
        }
        EvidenceItem saved = items.save(new EvidenceItem(
                null,
                EvidenceType.WEB_LINK,
                title,
                date,
                owner,
                EvidenceSource.LINK,
                null,
                null,
                EvidenceItem.requireHttps(link),
                false,
                null,
                null,
                null,
                clock.instant(),
                actor.get().username(),
                0));
        auditor.changed("evidence:" + saved.id(), "Evidence item '" + saved.title() + "'", "added", null, link);
        return saved;
    }
}
