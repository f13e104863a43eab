package uk.scrutiny.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTests {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"https://evil.example\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"})
    void text_that_a_spreadsheet_would_run_is_neutralised(String text) {
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo("'" + text);
    }

    @Test
    void ordinary_text_is_left_alone() {
        assertThat(SpreadsheetText.neutralise("Refresh impact measures")).isEqualTo("Refresh impact measures");
        assertThat(SpreadsheetText.neutralise(null)).isEmpty();
    }
}
