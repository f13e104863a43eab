package uk.scrutiny.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RejectedUploadTests {

    private static final String SHA = "a".repeat(64);
    private static final QuarantinedFile KEPT = new QuarantinedFile("2023/01/abc-123", SHA, 512);

    private static RejectedUpload kept(String name) {
        return RejectedUpload.kept(name, RejectionCause.CONTENT, "Not a PDF", KEPT, Instant.EPOCH, "officer")
                .withId(new RejectedUploadId(12));
    }

    @Test
    void a_kept_file_downloads_under_a_safe_name_that_no_program_opens() {
        assertThat(kept("minutes.pdf").downloadName()).isEqualTo("rejected-upload-12-minutes.pdf.bin");
        assertThat(kept("../../etc/passwd").downloadName()).isEqualTo("rejected-upload-12-etc_passwd.bin");
        assertThat(kept("\"quoted\"; name=x.exe").downloadName()).isEqualTo("rejected-upload-12-quoted_name_x.exe.bin");
        assertThat(kept("..").downloadName()).isEqualTo("rejected-upload-12.bin");
        assertThat(kept("x".repeat(200) + ".pdf").downloadName())
                .hasSize("rejected-upload-12-".length() + 80 + ".bin".length())
                .endsWith("xxx.pdf.bin");
    }

    @Test
    void the_name_it_came_with_is_data_without_control_or_direction_characters() {
        RejectedUpload disguised = kept("invoice\u202Efdp.exe");
        assertThat(disguised.originalName()).isEqualTo("invoice?fdp.exe");
        assertThat(kept("two\nlines.pdf").originalName()).isEqualTo("two?lines.pdf");
        assertThat(kept("n".repeat(300)).originalName())
                .hasSize(RejectedUpload.MAX_NAME)
                .endsWith("…");
        assertThat(kept("  ").originalName()).isEqualTo("(no name)");
    }

    @Test
    void only_a_refusal_of_its_content_keeps_the_file_and_then_with_its_hash() {
        assertThatThrownBy(() -> new RejectedUpload(
                        null,
                        "big.pdf",
                        RejectionCause.TOO_LARGE,
                        "Too large",
                        1L,
                        SHA,
                        "2023/01/abc",
                        Instant.EPOCH,
                        "officer",
                        null,
                        null))
                .hasMessageContaining("is not kept");
        assertThatThrownBy(() -> new RejectedUpload(
                        null,
                        "x.pdf",
                        RejectionCause.CONTENT,
                        "Not a PDF",
                        null,
                        null,
                        "2023/01/abc",
                        Instant.EPOCH,
                        "officer",
                        null,
                        null))
                .hasMessageContaining("size and SHA-256");
        assertThatThrownBy(() -> new RejectedUpload(
                        null,
                        "x.pdf",
                        RejectionCause.CONTENT,
                        "Not a PDF",
                        1L,
                        SHA,
                        "../secrets",
                        Instant.EPOCH,
                        "officer",
                        null,
                        null))
                .hasMessageContaining("generated");
        assertThatThrownBy(() -> new RejectedUpload(
                        null,
                        "x.pdf",
                        RejectionCause.CONTENT,
                        " ",
                        1L,
                        SHA,
                        null,
                        Instant.EPOCH,
                        "officer",
                        null,
                        null))
                .hasMessageContaining("reason");
    }

    @Test
    void a_deleted_file_is_no_longer_kept_and_says_who_deleted_it() {
        RejectedUpload deleted = kept("minutes.pdf").withFileDeleted(Instant.EPOCH.plusSeconds(60), "manager");
        assertThat(deleted.isKept()).isFalse();
        assertThat(deleted.storageKey()).isNull();
        assertThat(deleted.sha256()).isEqualTo(SHA);
        assertThat(deleted.fileDeletedBy()).isEqualTo("manager");
    }
}
