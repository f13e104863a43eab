package uk.scrutiny.domain.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.partnership.AgencyCode;

class ScorecardTests {

    @Test
    void suppression_symbols_are_read_in_any_case_and_shown_as_symbols() {
        assertThat(SuppressionSymbol.parse(" LOW ")).contains(SuppressionSymbol.LOW);
        assertThat(SuppressionSymbol.parse("n/a")).isEmpty();
        assertThat(new Measurement.Suppressed(SuppressionSymbol.C).display()).isEqualTo("c");
    }

    @Test
    void a_missing_value_needs_a_comment() {
        assertThatThrownBy(() ->
                        new ScorecardValue(IndicatorCode.of("POL-MISSING"), new Measurement.Missing(), null, null, " "))
                .hasMessageContaining("comment");
    }

    @Test
    void a_percentage_from_a_ratio_is_to_one_decimal_place() {
        assertThat(IndicatorUnit.PERCENT.fromRatio(1830, 2000)).isEqualByComparingTo(new BigDecimal("91.5"));
        assertThat(IndicatorUnit.RATE_PER_10000.fromRatio(523, 100_000)).isEqualByComparingTo(new BigDecimal("52.3"));
    }

    @Test
    void an_indicator_is_supplied_by_its_named_agencies_or_by_all() {
        Indicator ehe = new Indicator(
                IndicatorCode.of("EDU-EHE"),
                "Elective home education",
                IndicatorUnit.COUNT,
                Direction.NEITHER,
                false,
                Set.of(AgencyCode.of("EDUCATION"), AgencyCode.of("LA")),
                true,
                0);
        assertThat(ehe.isSuppliedBy(AgencyCode.of("LA"))).isTrue();
        assertThat(ehe.isSuppliedBy(AgencyCode.of("POLICE"))).isFalse();
        assertThat(ehe.suppliersLabel()).isEqualTo("EDUCATION, LA");
        Indicator training = new Indicator(
                IndicatorCode.of("WF-TRAINING-PCT"),
                "Training",
                IndicatorUnit.PERCENT,
                Direction.HIGHER,
                true,
                Set.of(),
                true,
                0);
        assertThat(training.isSuppliedBy(AgencyCode.of("CVS"))).isTrue();
    }

    @Test
    void an_indicator_supplied_by_nobody_is_refused() {
        assertThatThrownBy(() -> new Indicator(
                        IndicatorCode.of("X-1"), "X", IndicatorUnit.COUNT, Direction.NEITHER, false, Set.of(), true, 0))
                .hasMessageContaining("at least one agency");
    }
}
