package uk.scrutiny.persistence.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.scrutiny.domain.evidence.StoredFile;

class FileSystemEvidenceFilesTests {

    @TempDir
    Path storage;

    @TempDir
    Path uploads;

    private final Clock clock = Clock.fixed(Instant.parse("2022-12-12T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void a_file_is_stored_under_a_generated_name_with_its_hash() throws IOException {
        Path upload = Files.writeString(uploads.resolve("minutes.pdf"), "abc");
        StoredFile stored =
                new FileSystemEvidenceFiles(storage, clock).store(upload, "../../etc/minutes.pdf", "application/pdf");
        assertThat(stored.storageKey()).matches("2022/12/[0-9a-f-]{36}");
        assertThat(stored.originalName()).isEqualTo("minutes.pdf");
        assertThat(stored.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(stored.size()).isEqualTo(3);
        assertThat(Files.readString(storage.resolve(stored.storageKey()))).isEqualTo("abc");
        try (InputStream in = new FileSystemEvidenceFiles(storage, clock).open(stored)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("abc");
        }
        assertThat(upload).exists();
    }

    @Test
    void a_stored_file_that_has_gone_is_reported_by_name() {
        StoredFile missing = new StoredFile("2022/12/gone", "minutes.pdf", "0".repeat(64), "application/pdf", 1);
        assertThatThrownBy(() -> new FileSystemEvidenceFiles(storage, clock).open(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("'minutes.pdf' cannot be read");
    }
}
