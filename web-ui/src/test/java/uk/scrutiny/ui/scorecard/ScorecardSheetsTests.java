package uk.scrutiny.ui.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.scorecard.Direction;
import uk.scrutiny.domain.scorecard.Indicator;
import uk.scrutiny.domain.scorecard.IndicatorCode;
import uk.scrutiny.domain.scorecard.IndicatorUnit;
import uk.scrutiny.domain.scorecard.Measurement;
import uk.scrutiny.domain.scorecard.QuarterValue;
import uk.scrutiny.domain.scorecard.ScorecardValue;
import uk.scrutiny.domain.scorecard.SuppressionSymbol;

class ScorecardSheetsTests {

    private static final FinancialQuarter Q1 = FinancialQuarter.parse("2022/23 Q1");
    private static final List<QuarterValue> VALUES = List.of(
            new QuarterValue(
                    AgencyCode.of("LA"),
                    Q1,
                    new ScorecardValue(
                            IndicatorCode.of("EDU-CME"),
                            new Measurement.Suppressed(SuppressionSymbol.C),
                            null,
                            null,
                            "=HYPERLINK(\"http://x\")")),
            new QuarterValue(
                    AgencyCode.of("LA"),
                    Q1,
                    new ScorecardValue(
                            IndicatorCode.of("CLA-RATE"),
                            new Measurement.Number(new BigDecimal("98.1")),
                            null,
                            null,
                            null)));

    @Test
    void the_exported_csv_keeps_symbols_as_symbols_and_neutralises_formula_like_text() {
        String csv = new String(ScorecardSheets.dataset(VALUES, false), StandardCharsets.UTF_8);

        assertThat(csv)
                .contains("LA,2022/23 Q1,EDU-CME,c,,,\"'=HYPERLINK(\"\"http://x\"\")\"")
                .contains("LA,2022/23 Q1,CLA-RATE,98.1,,,");
    }

    @Test
    void the_exported_workbook_holds_numbers_as_numbers_and_symbols_as_text() throws IOException {
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(ScorecardSheets.dataset(VALUES, true)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("c");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).startsWith("'=HYPERLINK");
            assertThat(sheet.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(98.1);
        }
    }

    @Test
    void a_template_lists_the_agency_s_indicator_codes_for_the_quarter() {
        Indicator indicator = new Indicator(
                IndicatorCode.of("POL-MISSING"),
                "Missing episodes",
                IndicatorUnit.COUNT,
                Direction.LOWER,
                false,
                java.util.Set.of(AgencyCode.of("POLICE")),
                true,
                1);

        String csv = new String(
                ScorecardSheets.template(AgencyCode.of("POLICE"), Q1, List.of(indicator), false),
                StandardCharsets.UTF_8);

        assertThat(csv.lines().toList())
                .containsExactly(
                        "\uFEFFagency,period,indicator,value,numerator,denominator,comment",
                        "POLICE,2022/23 Q1,POL-MISSING,,,,");
    }

    @Test
    void the_trend_chart_is_a_png_and_names_what_it_does_not_plot() {
        Indicator indicator = new Indicator(
                IndicatorCode.of("EDU-CME"),
                "Children missing education",
                IndicatorUnit.COUNT,
                Direction.LOWER,
                false,
                java.util.Set.of(AgencyCode.of("LA")),
                true,
                1);
        TrendChart.Series series = new TrendChart.Series(indicator, VALUES.subList(0, 1), List.of(Q1.previous(), Q1));

        byte[] png = TrendChart.png(series, 600, 300);

        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(series.notPlotted()).containsExactly("LA 2022/23 Q1: c (confidential: small numbers withheld)");
    }
}
