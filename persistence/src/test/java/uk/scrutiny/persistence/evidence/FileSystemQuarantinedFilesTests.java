package uk.scrutiny.persistence.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.scrutiny.domain.evidence.QuarantinedFile;

class FileSystemQuarantinedFilesTests {

    @TempDir
    Path data;

    @TempDir
    Path uploads;

    private final Clock clock = Clock.fixed(Instant.parse("2023-01-09T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void a_refused_file_is_kept_under_a_generated_name_beside_the_evidence_and_not_executable() throws IOException {
        Path upload = Files.write(uploads.resolve("minutes.pdf"), new byte[] {'M', 'Z', 0, 1});
        FileSystemQuarantinedFiles quarantine =
                new FileSystemQuarantinedFiles(data.resolve("evidence/../quarantine"), clock);

        QuarantinedFile kept = quarantine.keep(upload);

        assertThat(kept.storageKey()).matches("2023/01/[0-9a-f-]{36}");
        assertThat(kept.size()).isEqualTo(4);
        assertThat(kept.sha256()).isEqualTo("b2a78f2057a9e54b7ca5c10ed45b35c26f0e0e9515e842092c6cb9976f117133");
        Path stored = data.resolve("quarantine").resolve(kept.storageKey());
        assertThat(stored).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored)))
                .isEqualTo("rw-------");
        try (InputStream in = quarantine.open(kept.storageKey())) {
            assertThat(in.readAllBytes()).containsExactly('M', 'Z', 0, 1);
        }
        assertThat(upload).exists();
    }

    @Test
    void a_deleted_file_is_gone_and_deleting_it_again_does_nothing() throws IOException {
        FileSystemQuarantinedFiles quarantine = new FileSystemQuarantinedFiles(data, clock);
        QuarantinedFile kept = quarantine.keep(Files.writeString(uploads.resolve("a.txt"), "abc"));

        quarantine.delete(kept.storageKey());
        quarantine.delete(kept.storageKey());

        assertThat(data.resolve(kept.storageKey())).doesNotExist();
        assertThatThrownBy(() -> quarantine.open(kept.storageKey())).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void a_key_cannot_lead_out_of_quarantine() {
        FileSystemQuarantinedFiles quarantine = new FileSystemQuarantinedFiles(data.resolve("quarantine"), clock);
        assertThatThrownBy(() -> quarantine.open("../evidence/2023/01/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> quarantine.delete("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
