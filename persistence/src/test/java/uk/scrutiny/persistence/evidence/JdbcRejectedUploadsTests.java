package uk.scrutiny.persistence.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.domain.evidence.QuarantinedFile;
import uk.scrutiny.domain.evidence.RejectedUpload;
import uk.scrutiny.domain.evidence.RejectedUploadId;
import uk.scrutiny.domain.evidence.RejectedUploads;
import uk.scrutiny.domain.evidence.RejectionCause;
import uk.scrutiny.persistence.Fixtures;

@Transactional
abstract class JdbcRejectedUploadsTests {

    private static final String PROGRAM = "'minutes.pdf' is named as a PDF document, but its content is a program"
            + " (application/x-msdownload). Send the file itself, saved as a PDF document.";

    @Autowired
    RejectedUploads uploads;

    private static RejectedUpload program(Instant at) {
        return RejectedUpload.kept(
                "minutes.pdf",
                RejectionCause.CONTENT,
                PROGRAM,
                new QuarantinedFile("2022/03/0c6f-kept", "e".repeat(64), 512),
                at,
                "officer");
    }

    @Test
    void a_kept_refusal_is_recorded_with_everything_about_it() {
        RejectedUpload saved = uploads.add(program(Fixtures.AT));

        assertThat(saved.id()).isNotNull();
        assertThat(uploads.find(saved.id())).contains(saved);
        assertThat(saved.storageKey()).isEqualTo("2022/03/0c6f-kept");
        assertThat(saved.uploadedAt()).isEqualTo(Fixtures.AT);
    }

    @Test
    void a_refusal_without_its_bytes_keeps_what_is_known() {
        RejectedUpload tooLarge = uploads.add(RejectedUpload.notKept(
                "Annual report (final) – scan.pdf",
                RejectionCause.TOO_LARGE,
                "'Annual report (final) – scan.pdf' is 31.2 MB; files of up to 25.0 MB are accepted.",
                32_715_571L,
                "f".repeat(64),
                Fixtures.AT,
                "manager"));
        RejectedUpload neverSent = uploads.add(RejectedUpload.notKept(
                "huge.docx",
                RejectionCause.TOO_LARGE,
                "'huge.docx' is larger than the limit",
                null,
                null,
                Fixtures.AT,
                "officer"));

        assertThat(uploads.find(tooLarge.id())).contains(tooLarge);
        assertThat(uploads.find(neverSent.id()).orElseThrow().size()).isNull();
        assertThat(uploads.find(neverSent.id()).orElseThrow().isKept()).isFalse();
    }

    @Test
    void refusals_are_listed_newest_first_a_page_at_a_time() {
        for (int minute = 1; minute <= 5; minute++) {
            uploads.add(RejectedUpload.notKept(
                    "empty-" + minute + ".txt",
                    RejectionCause.EMPTY,
                    "Empty",
                    0L,
                    null,
                    Fixtures.AT.plusSeconds(60L * minute),
                    "officer"));
        }
        long total = uploads.count();

        assertThat(names(uploads.find(0, 2))).containsExactly("empty-5.txt", "empty-4.txt");
        assertThat(names(uploads.find(4, 2))).containsExactly("empty-1.txt");
        assertThat(total).isEqualTo(5);
    }

    @Test
    void a_deleted_file_leaves_the_record_with_who_deleted_it_and_when() {
        RejectedUpload saved = uploads.add(program(Fixtures.AT));
        Instant later = Fixtures.AT.plusSeconds(3600);

        assertThat(uploads.fileDeleted(saved.id(), later, "manager")).isTrue();
        assertThat(uploads.fileDeleted(saved.id(), later, "manager"))
                .as("deleted already")
                .isFalse();

        RejectedUpload after = uploads.find(saved.id()).orElseThrow();
        assertThat(after).isEqualTo(saved.withFileDeleted(later, "manager"));
        assertThat(after.isKept()).isFalse();
        assertThat(uploads.fileDeleted(new RejectedUploadId(Long.MAX_VALUE), later, "manager"))
                .isFalse();
    }

    @Test
    void a_recorded_refusal_is_not_recorded_twice() {
        RejectedUpload saved = uploads.add(program(Fixtures.AT));
        assertThatThrownBy(() -> uploads.add(saved)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> names(List<RejectedUpload> page) {
        return page.stream().map(RejectedUpload::originalName).toList();
    }
}
