package uk.scrutiny.ui.scorecard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.scorecard.Indicator;
import uk.scrutiny.domain.scorecard.Measurement;
import uk.scrutiny.domain.scorecard.QuarterValue;

/**
 * An indicator's trend, one line per agency across the quarters, drawn on the server as a PNG
 * with JFreeChart. Only numbers are plotted: a suppression symbol or a missing figure is a gap in
 * the line, never a zero, and is listed in words beside the chart.
 */
final class TrendChart {

    private static final Color[] LINES = {
        new Color(0x1f4e79),
        new Color(0xb35900),
        new Color(0x2e7d32),
        new Color(0x6a1b9a),
        new Color(0x8d6e00),
        new Color(0x00695c),
        new Color(0x9e1b32)
    };

    private TrendChart() {}

    /** The figures of one indicator, by agency and quarter, with what cannot be plotted. */
    record Series(Indicator indicator, List<QuarterValue> values, List<FinancialQuarter> quarters) {

        /** {@code HEALTH 2022/23 Q1: low (rounds to zero but is not zero)} for each figure that is not a number. */
        List<String> notPlotted() {
            List<String> notes = new ArrayList<>();
            for (QuarterValue v : values) {
                Measurement m = v.value().measurement();
                if (m instanceof Measurement.Suppressed(var symbol)) {
                    notes.add(v.agency() + " " + v.quarter() + ": " + symbol.symbol() + " (" + symbol.meaning() + ")");
                } else if (m instanceof Measurement.Missing) {
                    notes.add(v.agency() + " " + v.quarter() + ": no figure"
                            + (v.value().comment() == null
                                    ? ""
                                    : " (" + v.value().comment() + ")"));
                }
            }
            return notes;
        }

        /** A sentence for people who cannot see the chart. */
        String description() {
            return "Line chart of " + indicator.name() + " (" + indicator.unit().label() + ") by agency, from "
                    + quarters.getFirst() + " to " + quarters.getLast() + ". The figures are in the table above.";
        }
    }

    static byte[] png(Series series, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<AgencyCode> agencies = series.values().stream()
                .map(QuarterValue::agency)
                .distinct()
                .sorted()
                .toList();
        for (AgencyCode agency : agencies) {
            for (FinancialQuarter quarter : series.quarters()) {
                data.addValue((Number) null, agency.value(), quarter.toString());
            }
        }
        for (QuarterValue v : series.values()) {
            if (v.value().measurement() instanceof Measurement.Number(BigDecimal number)) {
                data.setValue(number, v.agency().value(), v.quarter().toString());
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(
                series.indicator().name(),
                "Quarter",
                series.indicator().unit().label(),
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xcccccc));
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < agencies.size(); i++) {
            renderer.setSeriesPaint(i, LINES[i % LINES.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
