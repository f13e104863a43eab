package uk.scrutiny.application.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.scrutiny.application.audit.AuditService;
import uk.scrutiny.domain.audit.AuditEntry;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.evidence.EvidenceFilter;
import uk.scrutiny.domain.evidence.EvidenceType;
import uk.scrutiny.domain.evidence.RejectedFileException;
import uk.scrutiny.domain.evidence.RejectedUpload;
import uk.scrutiny.domain.evidence.RejectedUploadId;
import uk.scrutiny.domain.evidence.RejectionCause;
import uk.scrutiny.persistence.TestFiles;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.support.SignedIn;

/**
 * A refused upload is recorded and, when it arrived whole within the limit, kept in quarantine;
 * the business unit lists and downloads them, the manager alone deletes a kept file. Not run in a
 * test transaction: the record must outlast the refusal's own.
 */
@DemoApplicationTest
class RejectedUploadServiceTests {

    private static final LocalDate DAY = LocalDate.of(2023, 1, 9);

    @Autowired
    EvidenceService evidence;

    @Autowired
    RejectedUploadService rejected;

    @Autowired
    AuditService audit;

    @Autowired
    SignedIn signedIn;

    @Autowired
    PlatformTransactionManager transactions;

    @Value("${scrutiny.quarantine.dir}")
    Path quarantine;

    @Value("${scrutiny.upload.max-bytes:26214400}")
    long maxUploadBytes;

    @TempDir
    Path dir;

    private RejectedFileException refusal(String user, Path file, String name) {
        try {
            signedIn.as(user, () -> evidence.upload(file, name, "Minutes", EvidenceType.MINUTES, DAY, null));
        } catch (RejectedFileException e) {
            return e;
        }
        throw new AssertionError(name + " was accepted");
    }

    private RejectedUpload newest() {
        return signedIn.as("officer", () -> rejected.find(0, 1)).getFirst();
    }

    private RejectedUpload keptProgram() throws IOException {
        refusal("officer", Files.write(dir.resolve("upload.tmp"), TestFiles.windowsProgram()), "minutes.pdf");
        return newest();
    }

    @Test
    void a_renamed_program_is_refused_and_kept_apart_with_who_sent_it_when_and_why() throws IOException {
        long items = signedIn.as("officer", () -> evidence.count(EvidenceFilter.ALL));
        long before = signedIn.as("officer", () -> rejected.count());

        RejectedFileException refusal =
                refusal("officer", Files.write(dir.resolve("upload.tmp"), TestFiles.windowsProgram()), "minutes.pdf");

        RejectedUpload kept = newest();
        assertThat(refusal.getMessage())
                .startsWith("File refused: 'minutes.pdf' is named as a PDF document, but its content is a program")
                .contains("Send the file itself, saved as a PDF document.")
                .endsWith(
                        "the file has been kept apart, for the business unit to check, under Rejected uploads (reference "
                                + kept.id() + ").");
        assertThat(signedIn.as("officer", () -> rejected.count())).isEqualTo(before + 1);
        assertThat(kept.originalName()).isEqualTo("minutes.pdf");
        assertThat(kept.cause()).isEqualTo(RejectionCause.CONTENT);
        assertThat(kept.reason()).contains("its content is a program");
        assertThat(kept.uploadedBy()).isEqualTo("officer");
        assertThat(kept.size()).isEqualTo(512);
        assertThat(kept.sha256()).isEqualTo(sha256(TestFiles.windowsProgram()));
        assertThat(kept.storageKey()).isNotNull().doesNotContain("minutes");
        assertThat(quarantine.resolve(kept.storageKey())).hasBinaryContent(TestFiles.windowsProgram());
        assertThat(signedIn.as("officer", () -> evidence.count(EvidenceFilter.ALL)))
                .as("library unchanged")
                .isEqualTo(items);
    }

    @Test
    void a_file_over_the_limit_is_recorded_with_its_size_and_hash_but_not_kept() throws IOException {
        Path large = dir.resolve("large.tmp");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(maxUploadBytes + 1);
        }

        RejectedFileException refusal = refusal("manager", large, "Annual report scan.pdf");

        RejectedUpload record = newest();
        assertThat(refusal.getMessage())
                .startsWith("File refused: 'Annual report scan.pdf' is 25.0 MB; files of up to 25.0 MB")
                .contains("Save a smaller copy")
                .contains("Files over the limit are not kept; a record of this upload has been kept");
        assertThat(record.cause()).isEqualTo(RejectionCause.TOO_LARGE);
        assertThat(record.size()).isEqualTo(maxUploadBytes + 1);
        assertThat(record.sha256()).isEqualTo(sha256(Files.readAllBytes(large)));
        assertThat(record.isKept()).isFalse();
        assertThat(record.uploadedBy()).isEqualTo("manager");
    }

    @Test
    void an_empty_file_and_one_the_browser_would_not_send_are_recorded_without_bytes() throws IOException {
        RejectedFileException empty =
                refusal("officer", Files.write(dir.resolve("empty.tmp"), new byte[0]), "notes.txt");
        RejectedUpload emptyRecord = newest();
        RejectedFileException notSent =
                signedIn.as("officer", () -> evidence.refusedBeforeSending("Scan of minutes.pdf"));
        RejectedUpload notSentRecord = newest();

        assertThat(empty.getMessage())
                .contains("is empty: choose the file again.")
                .contains("nothing in it to keep");
        assertThat(emptyRecord.cause()).isEqualTo(RejectionCause.EMPTY);
        assertThat(emptyRecord.size()).isZero();
        assertThat(emptyRecord.isKept()).isFalse();
        assertThat(notSent.getMessage())
                .startsWith("File refused: 'Scan of minutes.pdf' is larger than the limit of 25.0 MB")
                .contains("Files over the limit cannot be kept")
                .contains("(reference " + notSentRecord.id() + ")");
        assertThat(notSentRecord.cause()).isEqualTo(RejectionCause.TOO_LARGE);
        assertThat(notSentRecord.size()).isNull();
        assertThat(notSentRecord.sha256()).isNull();
    }

    @Test
    void the_business_unit_downloads_a_kept_file_as_bytes_under_a_safe_name() throws IOException {
        RejectedUpload kept = keptProgram();
        RejectedUploadId id = Objects.requireNonNull(kept.id());

        for (String user : List.of("officer", "manager")) {
            RejectedUploadService.Download download = signedIn.as(user, () -> rejected.download(id));
            assertThat(download.contentType()).isEqualTo("application/octet-stream");
            assertThat(download.fileName()).isEqualTo("rejected-upload-" + id + "-minutes.pdf.bin");
            assertThat(download.size()).isEqualTo(512);
            try (InputStream in = download.content()) {
                assertThat(in.readAllBytes()).isEqualTo(TestFiles.windowsProgram());
            }
        }
    }

    @Test
    void nobody_outside_the_business_unit_sees_refused_uploads_or_records_one() throws IOException {
        RejectedUploadId id = Objects.requireNonNull(keptProgram().id());
        for (String user : List.of("scrutineer", "health.lead", "police.data")) {
            for (Supplier<?> useCase : List.<Supplier<?>>of(
                    () -> rejected.find(0, 10),
                    () -> rejected.count(),
                    () -> rejected.download(id),
                    () -> rejected.deleteFile(id),
                    () -> rejected.refusedBeforeSending("x.pdf"),
                    () -> evidence.refusedBeforeSending("x.pdf"))) {
                assertThatThrownBy(() -> signedIn.as(user, useCase)).as(user).isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    @Test
    void only_the_manager_deletes_a_kept_file_and_the_deletion_is_audited() throws IOException {
        RejectedUpload kept = keptProgram();
        RejectedUploadId id = Objects.requireNonNull(kept.id());
        Path file = quarantine.resolve(Objects.requireNonNull(kept.storageKey()));

        assertThatThrownBy(() -> signedIn.as("officer", () -> rejected.deleteFile(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(file).exists();

        RejectedUpload after = signedIn.as("manager", () -> rejected.deleteFile(id));

        assertThat(file).doesNotExist();
        assertThat(after.isKept()).isFalse();
        assertThat(after.fileDeletedBy()).isEqualTo("manager");
        assertThat(after.sha256()).isEqualTo(kept.sha256());
        assertThat(signedIn.as("officer", () -> rejected.find(0, 50))).contains(after);
        assertThatThrownBy(() -> signedIn.as("officer", () -> rejected.download(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signedIn.as("manager", () -> rejected.deleteFile(id)))
                .isInstanceOf(NotFoundException.class);
        List<AuditEntry> history = signedIn.as("manager", () -> audit.history(RejectedUploadService.subjectKey(id)));
        assertThat(history)
                .extracting(AuditEntry::field, AuditEntry::actor, AuditEntry::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple("kept file", "manager", "deleted"));
        assertThat(history).extracting(AuditEntry::field).contains("upload refused");
    }

    @Test
    void a_refusal_undone_with_the_work_around_it_leaves_no_file_behind() throws IOException {
        Path upload = Files.write(dir.resolve("upload.tmp"), TestFiles.windowsProgram());
        long before = signedIn.as("officer", () -> rejected.count());
        String[] key = new String[1];

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            RejectedFileException refusal = signedIn.as(
                    "officer",
                    () -> rejected.refused(upload, "minutes.pdf", RejectionCause.CONTENT, "Not a PDF document."));
            assertThat(refusal.getMessage()).contains("kept apart");
            key[0] = newest().storageKey();
            assertThat(quarantine.resolve(key[0])).exists();
            status.setRollbackOnly();
        });

        assertThat(quarantine.resolve(key[0])).doesNotExist();
        assertThat(signedIn.as("officer", () -> rejected.count())).isEqualTo(before);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
