package uk.scrutiny.batch.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import uk.scrutiny.batch.files.SheetRow;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.partnership.AgencyKind;
import uk.scrutiny.domain.scorecard.Direction;
import uk.scrutiny.domain.scorecard.Indicator;
import uk.scrutiny.domain.scorecard.IndicatorCode;
import uk.scrutiny.domain.scorecard.IndicatorUnit;
import uk.scrutiny.domain.scorecard.Measurement;
import uk.scrutiny.domain.scorecard.SuppressionSymbol;

/** Each rule of the scorecard format, with a row that breaks it and one that keeps it. */
class ScorecardRowValidatorTests {

    private static final LocalDate TODAY = LocalDate.of(2022, 10, 20);
    private static final ScorecardCatalogue CATALOGUE = new ScorecardCatalogue(
            List.of(
                    new Agency(AgencyCode.of("POLICE"), "Police", AgencyKind.STATUTORY),
                    new Agency(AgencyCode.of("HEALTH"), "Health", AgencyKind.STATUTORY)),
            List.of(
                    indicator("POL-MISSING", IndicatorUnit.COUNT, "POLICE"),
                    indicator("HLT-IHA-20D-PCT", IndicatorUnit.PERCENT, "HEALTH"),
                    new Indicator(
                            IndicatorCode.of("WF-TRAINING-PCT"),
                            "Training",
                            IndicatorUnit.PERCENT,
                            Direction.HIGHER,
                            true,
                            Set.of(),
                            true,
                            1),
                    indicator("CP-PLANS-RATE", IndicatorUnit.RATE_PER_10000, "POLICE")),
            TODAY);

    private final List<ImportIssue> issues = new ArrayList<>();
    private ScorecardRowValidator validator = new ScorecardRowValidator(CATALOGUE, null);

    private static Indicator indicator(String code, IndicatorUnit unit, String agency) {
        return new Indicator(
                IndicatorCode.of(code), code, unit, Direction.NEITHER, false, Set.of(AgencyCode.of(agency)), true, 1);
    }

    private static SheetRow row(
            int number, String agency, String period, String indicator, String value, String... more) {
        Map<String, String> cells =
                new HashMap<>(Map.of("agency", agency, "period", period, "indicator", indicator, "value", value));
        for (int i = 0; i + 1 < more.length; i += 2) {
            cells.put(more[i], more[i + 1]);
        }
        return new SheetRow(number, cells);
    }

    private @Nullable ValidRow check(SheetRow row) {
        return validator.check(row, issues::add);
    }

    private ImportIssue onlyIssue(SheetRow row) {
        assertThat(check(row)).isNull();
        assertThat(issues).hasSize(1);
        return issues.getFirst();
    }

    @Test
    void a_good_row_becomes_a_figure_for_its_agency_and_quarter() {
        ValidRow valid =
                check(row(2, "police", " 2022/23 Q2 ", "pol-missing", "1,234", "comment", "Two homes included"));

        assertThat(issues).isEmpty();
        assertThat(valid).isNotNull();
        assertThat(valid.agency()).isEqualTo(AgencyCode.of("POLICE"));
        assertThat(valid.quarter().toString()).isEqualTo("2022/23 Q2");
        assertThat(valid.value().measurement().display()).isEqualTo("1234");
        assertThat(valid.value().comment()).isEqualTo("Two homes included");
    }

    @Test
    void every_accepted_form_of_a_period_is_read_as_the_same_quarter() {
        List<String> forms = List.of("2022/23 Q2", "2022-23 Q2", "Q2 2022/23", "FY2022/23 Q2", "fy2022/23 q2");
        for (int i = 0; i < forms.size(); i++) {
            validator = new ScorecardRowValidator(CATALOGUE, null);
            assertThat(check(row(i + 2, "POLICE", forms.get(i), "POL-MISSING", "1")))
                    .as(forms.get(i))
                    .isNotNull()
                    .extracting(v -> v.quarter().toString())
                    .isEqualTo("2022/23 Q2");
        }
    }

    @Test
    void a_missing_required_column_is_reported_before_any_row_and_an_unknown_one_is_a_warning() {
        List<ImportIssue> header = validator.checkHeader(List.of("agency", "period", "indicator", "notes"));

        assertThat(header).filteredOn(i -> !i.warning()).singleElement().satisfies(error -> {
            assertThat(error.column()).isEqualTo("value");
            assertThat(error.reason()).contains("The column 'value' is missing");
        });
        assertThat(header)
                .filteredOn(ImportIssue::warning)
                .singleElement()
                .satisfies(warning -> assertThat(warning.reason()).contains("notes"));
    }

    @Test
    void an_unknown_agency_is_an_error_naming_the_known_codes() {
        assertThat(onlyIssue(row(4, "FIRE", "2022/23 Q2", "WF-TRAINING-PCT", "90"))
                        .reason())
                .isEqualTo("'FIRE' is not an agency code in the register: use one of HEALTH, POLICE.");
    }

    @Test
    void an_unknown_indicator_is_an_error() {
        ImportIssue issue = onlyIssue(row(5, "HEALTH", "2022/23 Q2", "HLT-WAITING-LIST", "9"));
        assertThat(issue.column()).isEqualTo("indicator");
        assertThat(issue.reason()).contains("is not in the indicator catalogue");
    }

    @Test
    void an_indicator_not_collected_from_the_agency_is_an_error() {
        assertThat(onlyIssue(row(6, "HEALTH", "2022/23 Q2", "POL-MISSING", "3")).reason())
                .isEqualTo("POL-MISSING is not collected from HEALTH: it comes from POLICE.");
    }

    @Test
    void an_unreadable_period_is_an_error() {
        ImportIssue issue = onlyIssue(row(7, "HEALTH", "2022/24 Q2", "HLT-IHA-20D-PCT", "51"));
        assertThat(issue.column()).isEqualTo("period");
        assertThat(issue.reason()).contains("the second year must follow the first");
    }

    @Test
    void a_period_that_has_not_started_is_an_error() {
        assertThat(onlyIssue(row(8, "HEALTH", "2022/23 Q4", "HLT-IHA-20D-PCT", "51"))
                        .reason())
                .startsWith("2022/23 Q4 has not started yet");
    }

    @Test
    void a_value_that_is_not_a_number_is_an_error() {
        ImportIssue issue = onlyIssue(row(9, "POLICE", "2022/23 Q2", "POL-MISSING", "n/a"));
        assertThat(issue.value()).isEqualTo("n/a");
        assertThat(issue.reason()).contains("is not a number or a suppression symbol");
    }

    @Test
    void a_value_missing_without_a_comment_is_an_error_and_with_one_is_kept_as_missing() {
        assertThat(onlyIssue(row(10, "POLICE", "2022/23 Q2", "POL-MISSING", "")).reason())
                .startsWith("The value is missing and no comment says why");
        issues.clear();
        ValidRow missing = check(row(11, "POLICE", "2022/23 Q1", "POL-MISSING", "", "comment", "System migration"));
        assertThat(missing).isNotNull();
        assertThat(missing.value().measurement()).isInstanceOf(Measurement.Missing.class);
    }

    @Test
    void suppression_symbols_are_kept_as_symbols_in_any_case() {
        List<String> symbols = List.of("c", "LOW", "k", "u", "x", "Z");
        for (int i = 0; i < symbols.size(); i++) {
            validator = new ScorecardRowValidator(CATALOGUE, null);
            ValidRow valid = check(row(i + 2, "POLICE", "2022/23 Q2", "POL-MISSING", symbols.get(i)));
            assertThat(valid).isNotNull();
            assertThat(valid.value().measurement()).isInstanceOf(Measurement.Suppressed.class);
        }
        assertThat(issues).isEmpty();
        assertThat(SuppressionSymbol.parse("LOW")).contains(SuppressionSymbol.LOW);
    }

    @Test
    void a_percentage_outside_0_to_100_is_an_error() {
        assertThat(onlyIssue(row(12, "HEALTH", "2022/23 Q2", "WF-TRAINING-PCT", "104"))
                        .reason())
                .startsWith("104 is outside 0–100");
    }

    @Test
    void a_percent_sign_is_allowed_only_for_a_percentage() {
        assertThat(check(row(13, "HEALTH", "2022/23 Q2", "HLT-IHA-20D-PCT", "64.5%")))
                .isNotNull();
        assertThat(onlyIssue(row(14, "POLICE", "2022/23 Q2", "POL-MISSING", "12%"))
                        .reason())
                .contains("not a percentage");
    }

    @Test
    void a_value_that_disagrees_with_its_numerator_and_denominator_is_an_error() {
        assertThat(check(row(
                        15,
                        "POLICE",
                        "2022/23 Q2",
                        "WF-TRAINING-PCT",
                        "91.5",
                        "numerator",
                        "1,830",
                        "denominator",
                        "2000")))
                .isNotNull();
        assertThat(onlyIssue(row(
                                16,
                                "HEALTH",
                                "2022/23 Q2",
                                "WF-TRAINING-PCT",
                                "90",
                                "numerator",
                                "1830",
                                "denominator",
                                "2000"))
                        .reason())
                .contains("does not agree with 1830 / 2000, which is 91.5");
    }

    @Test
    void a_rate_is_checked_against_its_ratio_per_ten_thousand() {
        assertThat(check(row(
                        17,
                        "POLICE",
                        "2022/23 Q2",
                        "CP-PLANS-RATE",
                        "52.3",
                        "numerator",
                        "523",
                        "denominator",
                        "100000")))
                .isNotNull();
    }

    @Test
    void a_numerator_below_zero_or_a_denominator_of_zero_is_an_error() {
        check(row(18, "POLICE", "2022/23 Q2", "POL-MISSING", "5", "numerator", "-1", "denominator", "0"));
        assertThat(issues).extracting(ImportIssue::column).containsExactly("numerator", "denominator");
    }

    @Test
    void the_same_agency_period_and_indicator_twice_is_an_error_on_the_later_row() {
        check(row(2, "POLICE", "2022/23 Q2", "POL-MISSING", "387"));
        ImportIssue issue = onlyIssue(row(3, "police", "Q2 2022/23", "POL-MISSING", "388"));
        assertThat(issue.row()).isEqualTo(3);
        assertThat(issue.reason())
                .isEqualTo("POLICE, 2022/23 Q2, POL-MISSING is already on an earlier row: keep one row for each "
                        + "agency, period and indicator.");
    }

    @Test
    void a_data_officer_s_row_for_another_agency_is_an_error() {
        validator = new ScorecardRowValidator(CATALOGUE, AgencyCode.of("POLICE"));

        assertThat(check(row(2, "POLICE", "2022/23 Q2", "POL-MISSING", "387"))).isNotNull();
        assertThat(onlyIssue(row(3, "HEALTH", "2022/23 Q2", "HLT-IHA-20D-PCT", "64"))
                        .reason())
                .startsWith("You send figures for POLICE only, and this row is for HEALTH");
    }

    @Test
    void a_comment_longer_than_2000_characters_is_an_error() {
        assertThat(onlyIssue(row(19, "POLICE", "2022/23 Q2", "POL-MISSING", "3", "comment", "x".repeat(2001)))
                        .reason())
                .contains("at most 2000");
    }

    @Test
    void every_broken_rule_of_a_row_is_reported_with_the_value_cut_to_100_characters() {
        check(row(20, "FIRE", "someday", "NOPE", "y".repeat(150)));

        assertThat(issues).extracting(ImportIssue::column).containsExactly("agency", "period", "indicator", "value");
        assertThat(issues.getLast().value()).hasSize(100);
    }
}
