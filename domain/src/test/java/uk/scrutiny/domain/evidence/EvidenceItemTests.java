package uk.scrutiny.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvidenceItemTests {

    private static EvidenceItem link(String address) {
        return new EvidenceItem(
                null,
                EvidenceType.WEB_LINK,
                "Procedures",
                LocalDate.of(2022, 3, 1),
                null,
                EvidenceSource.LINK,
                null,
                null,
                URI.create(address),
                false,
                null,
                null,
                null,
                Instant.EPOCH,
                "officer",
                0);
    }

    @Test
    void a_web_link_must_be_https() {
        assertThat(link("https://example.org/procedures").reference()).isEqualTo("https://example.org/procedures");
        assertThatThrownBy(() -> link("http://example.org/procedures")).hasMessageContaining("https://");
        assertThatThrownBy(() -> link("javascript:alert(1)")).hasMessageContaining("https://");
        assertThatThrownBy(() -> link("file:///etc/passwd")).hasMessageContaining("https://");
    }

    @Test
    void only_minutes_can_be_draft_and_draft_minutes_are_not_approved() {
        EvidenceItem draft = new EvidenceItem(
                null,
                EvidenceType.MINUTES,
                "Minutes",
                LocalDate.of(2023, 1, 16),
                null,
                EvidenceSource.IMPORT,
                "m.pdf",
                null,
                null,
                true,
                "EXEC",
                null,
                null,
                Instant.EPOCH,
                "system",
                0);
        assertThat(draft.isApproved()).isFalse();
        assertThatThrownBy(() -> new EvidenceItem(
                        null,
                        EvidenceType.DOCUMENT,
                        "Doc",
                        LocalDate.of(2023, 1, 16),
                        null,
                        EvidenceSource.UPLOAD,
                        "d.pdf",
                        null,
                        null,
                        true,
                        null,
                        null,
                        null,
                        Instant.EPOCH,
                        "officer",
                        0))
                .hasMessageContaining("Only minutes");
    }

    @Test
    void a_stored_file_key_cannot_leave_its_folder() {
        assertThatThrownBy(() -> new StoredFile("../etc/passwd", "x.pdf", "0".repeat(64), "application/pdf", 1))
                .hasMessageContaining("generated");
        assertThatThrownBy(() -> new StoredFile("/etc/passwd", "x.pdf", "0".repeat(64), "application/pdf", 1))
                .hasMessageContaining("generated");
    }
}
