package uk.scrutiny.application.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.domain.evidence.EvidenceFilter;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.evidence.EvidenceType;
import uk.scrutiny.domain.evidence.RejectedFileException;
import uk.scrutiny.persistence.TestFiles;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.support.SignedIn;

/** Filing an uploaded file: checked by its bytes, stored under a generated name with its hash, handed back as it came. */
@DemoApplicationTest
@Transactional
class EvidenceUploadTests {

    private static final byte[] PDF =
            "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    EvidenceService evidence;

    @Autowired
    SignedIn signedIn;

    @TempDir
    Path dir;

    @Test
    void a_pdf_is_stored_with_its_hash_and_downloads_as_it_came() throws IOException {
        Path upload = Files.write(dir.resolve("upload.tmp"), PDF);
        EvidenceItem item = signedIn.as(
                "officer",
                () -> evidence.upload(
                        upload,
                        "SOG minutes 2023-01-09.pdf",
                        "SOG minutes, 9 January 2023",
                        EvidenceType.MINUTES,
                        LocalDate.of(2023, 1, 9),
                        null));
        assertThat(item.file()).isNotNull();
        assertThat(item.file().storageKey()).doesNotContain("SOG");
        assertThat(item.file().sha256()).hasSize(64);
        assertThat(item.file().contentType()).isEqualTo("application/pdf");
        try (InputStream in =
                signedIn.as("scrutineer", () -> evidence.download(item.id()).content())) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(signedIn.as(
                        "scrutineer",
                        () -> evidence.find(
                                new EvidenceFilter(null, null, null, null, null, null, "9 January"), 0, 10)))
                .extracting(EvidenceItem::title)
                .containsExactly("SOG minutes, 9 January 2023");
    }

    @Test
    void a_renamed_executable_is_refused_with_the_reason() throws IOException {
        byte[] exe = TestFiles.windowsProgram();
        Path upload = Files.write(dir.resolve("upload.tmp"), exe);
        long before = signedIn.as("officer", () -> evidence.count(EvidenceFilter.ALL));
        assertThatThrownBy(() -> signedIn.as(
                        "officer",
                        () -> evidence.upload(
                                upload,
                                "minutes.pdf",
                                "Minutes",
                                EvidenceType.MINUTES,
                                LocalDate.of(2023, 1, 9),
                                null)))
                .isInstanceOf(RejectedFileException.class)
                .hasMessageContaining("named as a PDF document, but its content is a program");
        assertThat(signedIn.as("officer", () -> evidence.count(EvidenceFilter.ALL)))
                .isEqualTo(before);
    }

    @Test
    void an_empty_file_and_a_file_of_no_accepted_kind_are_refused() throws IOException {
        Path empty = Files.write(dir.resolve("empty.tmp"), new byte[0]);
        assertThatThrownBy(() -> signedIn.as(
                        "officer",
                        () -> evidence.upload(
                                empty, "notes.txt", "Notes", EvidenceType.DOCUMENT, LocalDate.of(2023, 1, 9), null)))
                .hasMessageContaining("is empty");
        Path script = Files.write(dir.resolve("script.tmp"), "echo hello".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> signedIn.as(
                        "officer",
                        () -> evidence.upload(
                                script, "run.sh", "Script", EvidenceType.DOCUMENT, LocalDate.of(2023, 1, 9), null)))
                .hasMessageContaining("not a kind of file that can be accepted");
    }

    @Test
    void only_the_business_unit_files_evidence() throws IOException {
        Path upload = Files.write(dir.resolve("upload.tmp"), PDF);
        assertThatThrownBy(() -> signedIn.as(
                        "scrutineer",
                        () -> evidence.upload(
                                upload, "a.pdf", "A", EvidenceType.DOCUMENT, LocalDate.of(2023, 1, 9), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("police.data", () -> evidence.find(EvidenceFilter.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
