package uk.scrutiny.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileKindTests {

    @Test
    void a_name_claims_a_kind_by_its_extension_in_any_case() {
        assertThat(FileKind.claimedBy("Minutes SOG.PDF")).contains(FileKind.PDF);
        assertThat(FileKind.claimedBy("scorecard.Xlsx")).contains(FileKind.EXCEL);
        assertThat(FileKind.claimedBy("setup.exe")).isEmpty();
        assertThat(FileKind.claimedBy("no-extension")).isEmpty();
        assertThat(FileKind.claimedBy("trailing.")).isEmpty();
    }
}
