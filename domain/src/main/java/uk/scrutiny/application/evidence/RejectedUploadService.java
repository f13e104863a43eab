package uk.scrutiny.application.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.scrutiny.application.audit.Auditor;
import uk.scrutiny.application.security.CurrentActor;
import uk.scrutiny.application.security.Permission;
import uk.scrutiny.application.security.Permissions;
import uk.scrutiny.application.security.Roles;
import uk.scrutiny.domain.common.Download;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.common.Sha256;
import uk.scrutiny.domain.evidence.QuarantinedFile;
import uk.scrutiny.domain.evidence.QuarantinedFiles;
import uk.scrutiny.domain.evidence.RejectedFileException;
import uk.scrutiny.domain.evidence.RejectedUpload;
import uk.scrutiny.domain.evidence.RejectedUploadId;
import uk.scrutiny.domain.evidence.RejectedUploads;
import uk.scrutiny.domain.evidence.RejectionCause;

/**
 * Refused uploads: each is recorded with who sent it, when, its name, size, SHA-256 and the reason,
 * and its bytes are kept in quarantine (apart from the evidence, outside the web root) when they
 * arrived whole within the upload limit. The business unit lists them and downloads a kept file,
 * always as bytes to save ({@value RejectedUpload#DOWNLOAD_CONTENT_TYPE}, a safe name); the manager
 * may delete a kept file, which the audit trail records. See
 * {@code docs/decisions/0110-rejected-uploads-kept-apart.md}.
 */
@Service
@Transactional(readOnly = true)
public class RejectedUploadService {

    private static final Logger LOG = LoggerFactory.getLogger(RejectedUploadService.class);
    private static final String WHERE = "under Rejected uploads";

    private final RejectedUploads uploads;
    private final Permissions permissions;
    private final QuarantinedFiles quarantine;
    private final CurrentActor actor;
    private final Auditor auditor;
    private final Clock clock;
    private final long maxUploadBytes;

    public RejectedUploadService(
            RejectedUploads uploads,
            QuarantinedFiles quarantine,
            CurrentActor actor,
            Auditor auditor,
            Clock clock,
            @Value("${scrutiny.upload.max-bytes:26214400}") long maxUploadBytes,
            Permissions permissions) {
        this.permissions = permissions;
        this.uploads = uploads;
        this.quarantine = quarantine;
        this.actor = actor;
        this.auditor = auditor;
        this.clock = clock;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** Whether the caller may delete a kept refused upload (the manager). */
    @PreAuthorize(Roles.SIGNED_IN)
    public boolean mayDelete() {
        return permissions.may(Permission.MANAGE);
    }

    /**
     * Records an upload that was refused on arrival: its bytes are kept when its cause allows (and
     * only within the upload limit), otherwise its size and SHA-256 only.
     *
     * @param upload the received bytes, still in the caller's temporary file
     * @param reason why it was refused and what to send instead
     * @return the refusal to give the uploader: that it was refused, why, what to do, and what was kept
     */
    @Transactional
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public RejectedFileException refused(Path upload, String originalName, RejectionCause cause, String reason) {
        long size = sizeOf(upload);
        RejectedUpload refusal;
        if (cause.keepsFile() && size <= maxUploadBytes) {
            QuarantinedFile kept = quarantine.keep(upload);
            removeIfRolledBack(kept.storageKey());
            refusal = RejectedUpload.kept(
                    originalName,
                    cause,
                    reason,
                    kept,
                    clock.instant(),
                    actor.get().username());
        } else {
            refusal = RejectedUpload.notKept(
                    originalName,
                    cause,
                    reason,
                    size,
                    Sha256.of(upload),
                    clock.instant(),
                    actor.get().username());
        }
        RejectedUpload saved = record(refusal);
        String kept = saved.isKept()
                ? "It has not been added to the library: the file has been kept apart, for the business unit to check, "
                        + WHERE + " (reference " + saved.id() + ")."
                : (cause == RejectionCause.EMPTY
                                ? "There was nothing in it to keep"
                                : "Files over the limit are not kept")
                        + "; a record of this upload has been kept for the business unit " + WHERE + " (reference "
                        + saved.id() + ").";
        return new RejectedFileException("File refused: " + reason + " " + kept);
    }

    /**
     * Records a file that the browser refused before sending because it is over the upload limit:
     * nothing was received, so only its name (as the browser gave it) and the reason are kept.
     *
     * @return the refusal to give the uploader
     */
    @Transactional
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public RejectedFileException refusedBeforeSending(String originalName) {
        String reason = "'" + originalName + "' is larger than the limit of " + megabytes(maxUploadBytes)
                + ", so it was not sent. Save a smaller copy (for example a PDF) and upload that.";
        RejectedUpload saved = record(RejectedUpload.notKept(
                originalName,
                RejectionCause.TOO_LARGE,
                reason,
                null,
                null,
                clock.instant(),
                actor.get().username()));
        return new RejectedFileException("File refused: " + reason
                + " Files over the limit cannot be kept; a record of "
                + "this upload has been kept for the business unit " + WHERE + " (reference " + saved.id() + ").");
    }

    /** A page of refused uploads, newest first. */
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public List<RejectedUpload> find(int offset, int limit) {
        return uploads.find(offset, limit);
    }

    @PreAuthorize(Roles.BUSINESS_UNIT)
    public long count() {
        return uploads.count();
    }

    /** A kept file to download: always {@value RejectedUpload#DOWNLOAD_CONTENT_TYPE}, under {@link RejectedUpload#downloadName()}. */
    public record Download(String fileName, String contentType, long size, InputStream content) {}

    /**
     * Opens a kept file for download; the caller closes the stream.
     *
     * @throws NotFoundException when there is no such refused upload or its file is not kept
     */
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public Download download(RejectedUploadId id) {
        RejectedUpload upload = existing(id);
        String key = upload.storageKey();
        if (key == null || upload.size() == null) {
            throw new NotFoundException("The file of rejected upload " + id + " is not kept.");
        }
        return new Download(
                upload.downloadName(), RejectedUpload.DOWNLOAD_CONTENT_TYPE, upload.size(), quarantine.open(key));
    }

    /**
     * Deletes a kept file for good (the record of the refusal stays, with who deleted it and when),
     * once the change is committed.
     *
     * @throws NotFoundException when there is no such refused upload or its file is not kept
     */
    @Transactional
    @PreAuthorize(Roles.MANAGER)
    public RejectedUpload deleteFile(RejectedUploadId id) {
        RejectedUpload upload = existing(id);
        String key = upload.storageKey();
        String by = actor.get().username();
        if (key == null || !uploads.fileDeleted(id, clock.instant(), by)) {
            throw new NotFoundException(
                    "The file of rejected upload " + id + " is not kept, so there is nothing to delete.");
        }
        auditor.changed(
                subjectKey(id),
                subject(upload),
                "kept file",
                upload.originalName() + " (" + upload.size() + " bytes, SHA-256 " + upload.sha256() + ")",
                "deleted");
        afterCommit(() -> quarantine.delete(key));
        return existing(id);
    }

    /** The key of a refused upload's history in the audit trail. */
    public static String subjectKey(RejectedUploadId id) {
        return "rejected-upload:" + id;
    }

    private RejectedUpload existing(RejectedUploadId id) {
        return uploads.find(id).orElseThrow(() -> new NotFoundException("There is no rejected upload " + id));
    }

    private RejectedUpload record(RejectedUpload refusal) {
        RejectedUpload saved = uploads.add(refusal);
        RejectedUploadId id = Objects.requireNonNull(saved.id());
        auditor.changed(
                subjectKey(id),
                subject(saved),
                "upload refused",
                null,
                saved.cause().label() + (saved.isKept() ? ", file kept" : ", file not kept") + ": " + saved.reason());
        return saved;
    }

    private static String subject(RejectedUpload upload) {
        return "Rejected upload " + upload.id() + " '" + upload.originalName() + "'";
    }

    private void removeIfRolledBack(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        quarantine.delete(key);
                    }
                }
            });
        }
    }

    private static void afterCommit(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    work.run();
                } catch (UncheckedIOException e) {
                    LOG.warn(
                            "A deleted rejected upload's file could not be removed from quarantine: {}",
                            e.getMessage());
                }
            }
        });
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.UK, "%.1f MB", bytes / 1_048_576.0);
    }
}
