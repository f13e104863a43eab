package uk.scrutiny.ui.scorecard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.scrutiny.application.admin.ReferenceDataService;
import uk.scrutiny.application.scorecard.Completeness;
import uk.scrutiny.application.scorecard.ScorecardService;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.scorecard.Indicator;
import uk.scrutiny.domain.scorecard.IndicatorCode;
import uk.scrutiny.domain.scorecard.QuarterValue;

/**
 * The multi-agency dataset: who has sent what (agency × quarter), the figures of each indicator
 * across quarters and agencies, an indicator's trend as a chart drawn on the server, and the figures
 * to download. A data officer sees their own agency's only.
 */
@PageTitle("Scorecards | Safeguarding Scrutiny")
@Route("scorecards")
@Menu(order = 5, icon = "vaadin:chart", title = "Scorecards")
@PermitAll
@StyleSheet("context://assets/scorecards.css")
public class ScorecardsView extends Main implements BeforeEnterObserver {

    private static final int QUARTERS_SHOWN = 8;

    private static final String QUARTER = "quarter";

    /** How many quarters the choice of quarters offers at least, back from today's or the one shown. */
    private static final int CHOICES = 24;

    private final ScorecardService scorecards;
    private final Map<IndicatorCode, Indicator> catalogue = new LinkedHashMap<>();
    private final Select<FinancialQuarter> from = new Select<>();
    private final Select<FinancialQuarter> to = new Select<>();
    private final Div completeness = new Div();
    private final Div figures = new Div();
    private final ComboBox<Indicator> trendIndicator = new ComboBox<>("Indicator");
    private final Div trend = new Div();
    private List<QuarterValue> values = List.of();
    private List<FinancialQuarter> quarters = List.of();

    ScorecardsView(ScorecardService scorecards, ReferenceDataService referenceData) {
        this.scorecards = scorecards;
        addClassNames("page", "scorecards-page");
        referenceData.indicators().forEach(i -> catalogue.put(i.code(), i));
        AgencyCode ownAgency = scorecards.ownAgency();

        add(new H1("Scorecards"));
        add(
                new Paragraph(
                        ownAgency != null
                                ? "The figures " + ownAgency + " has sent, quarter by quarter."
                                : "The figures each agency sends every quarter: who has sent them, what they say, and how they change."));
        if (scorecards.maySend()) {
            Button send =
                    new Button("Send a scorecard", e -> getUI().ifPresent(ui -> ui.navigate(ScorecardSendView.class)));
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(send);
        }

        for (Select<FinancialQuarter> select : List.of(from, to)) {
            select.setItemLabelGenerator(FinancialQuarter::toString);
            select.addValueChangeListener(e -> refresh());
        }
        from.setLabel("From");
        to.setLabel("To");
        HorizontalLayout period = new HorizontalLayout(from, to, exportLink(true), exportLink(false));
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        period.setWrap(true);
        period.getElement().setAttribute("role", "search");
        period.getElement().setAttribute("aria-label", "Quarters shown");
        add(period);

        trendIndicator.setItemLabelGenerator(i -> i.code() + " – " + i.name());
        trendIndicator.setWidth("32em");
        trendIndicator.addValueChangeListener(e -> drawTrend());

        add(
                section("Who has sent what", completeness),
                section("Figures", figures),
                section("Trend", new Div(trendIndicator, trend)));
    }

    /**
     * Opens on the quarter named in the address ({@code ?quarter=2022/23 Q2}, as the page a scorecard
     * was sent from links here), or else on the newest quarter with figures, and the quarters before it.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FinancialQuarter shown = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(QUARTER)
                .flatMap(ScorecardsView::quarter)
                .orElseGet(scorecards::latestQuarterWithFigures);
        FinancialQuarter today = scorecards.latestQuarter();
        FinancialQuarter newest = shown.compareTo(today) > 0 ? shown : today;
        FinancialQuarter oldest = shown;
        for (int i = 1; i < QUARTERS_SHOWN; i++) {
            oldest = oldest.previous();
        }
        List<FinancialQuarter> choices = new ArrayList<>();
        for (FinancialQuarter q = newest; choices.size() < CHOICES || q.compareTo(oldest) >= 0; q = q.previous()) {
            choices.add(q);
        }
        from.setItems(choices);
        to.setItems(choices);
        to.setValue(shown);
        from.setValue(oldest);
    }

    /** The address that opens the page on a quarter. */
    public static QueryParameters showing(FinancialQuarter quarter) {
        return QueryParameters.of(QUARTER, quarter.toString());
    }

    private static Optional<FinancialQuarter> quarter(String text) {
        try {
            return Optional.of(FinancialQuarter.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Section section(String heading, Component content) {
        Section section = new Section(new H2(heading), content);
        section.addClassName("scorecard-section");
        return section;
    }

    private void refresh() {
        FinancialQuarter first = from.getValue();
        FinancialQuarter last = to.getValue();
        if (first == null || last == null) {
            return;
        }
        if (first.compareTo(last) > 0) {
            FinancialQuarter swap = first;
            first = last;
            last = swap;
        }
        quarters = new ArrayList<>();
        for (FinancialQuarter q = first; q.compareTo(last) <= 0; q = q.next()) {
            quarters.add(q);
        }
        values = scorecards.values(first, last);
        completeness.removeAll();
        completeness.add(completenessGrid(scorecards.completeness(first, last)));
        figures.removeAll();
        figures.add(figuresGrid());
        List<Indicator> reported = values.stream()
                .map(v -> v.value().indicator())
                .distinct()
                .map(catalogue::get)
                .filter(Objects::nonNull)
                .toList();
        Indicator chosen = trendIndicator.getValue();
        trendIndicator.setItems(reported);
        trendIndicator.setValue(
                chosen != null && reported.contains(chosen) ? chosen : reported.isEmpty() ? null : reported.getFirst());
        drawTrend();
    }

    private Grid<AgencyCode> completenessGrid(Completeness grid) {
        Grid<AgencyCode> table = new Grid<>();
        table.setAriaLabel("Who has sent what, by agency and quarter");
        table.addColumn(AgencyCode::value)
                .setHeader("Agency")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozen(true);
        for (FinancialQuarter q : grid.quarters()) {
            table.addComponentColumn(agency -> {
                        Span cell = new Span(grid.label(agency, q));
                        cell.addClassName(
                                grid.received(agency, q) == 0
                                        ? "not-sent"
                                        : grid.isComplete(agency, q) ? "complete" : "incomplete");
                        return cell;
                    })
                    .setHeader(q.toString())
                    .setAutoWidth(true);
        }
        table.setItems(grid.agencies());
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return table;
    }

    /** One row of the figures table: an indicator for an agency, with its figure in each quarter. */
    record FigureRow(Indicator indicator, AgencyCode agency, Map<FinancialQuarter, QuarterValue> byQuarter) {}

    private Grid<FigureRow> figuresGrid() {
        Map<String, FigureRow> rows = new LinkedHashMap<>();
        for (QuarterValue v : values) {
            Indicator indicator = catalogue.get(v.value().indicator());
            if (indicator == null) {
                continue;
            }
            rows.computeIfAbsent(
                            indicator.code() + "|" + v.agency(),
                            k -> new FigureRow(indicator, v.agency(), new LinkedHashMap<>()))
                    .byQuarter()
                    .put(v.quarter(), v);
        }
        Grid<FigureRow> table = new Grid<>();
        table.setAriaLabel("Figures by indicator, agency and quarter");
        table.addColumn(r -> r.indicator().code().value())
                .setHeader("Indicator")
                .setAutoWidth(true)
                .setFrozen(true);
        table.addColumn(r -> r.indicator().name()).setHeader("Name").setWidth("16em");
        table.addColumn(r -> r.agency().value()).setHeader("Agency").setAutoWidth(true);
        for (FinancialQuarter q : quarters) {
            table.addColumn(r -> {
                        QuarterValue v = r.byQuarter().get(q);
                        return v == null ? "" : ScorecardSheets.show(v.value().measurement());
                    })
                    .setHeader(q.toString())
                    .setAutoWidth(true)
                    .setTooltipGenerator(r -> {
                        QuarterValue v = r.byQuarter().get(q);
                        return v == null || v.value().comment() == null
                                ? ""
                                : v.value().comment();
                    })
                    .setPartNameGenerator(r -> "figure");
        }
        table.setItems(new ArrayList<>(rows.values()));
        table.setAllRowsVisible(rows.size() <= 40);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return table;
    }

    private void drawTrend() {
        trend.removeAll();
        Indicator indicator = trendIndicator.getValue();
        if (indicator == null) {
            trend.add(new Paragraph(
                    values.isEmpty()
                            ? "No figures have been received for these quarters."
                            : "Choose an indicator to see its trend."));
            return;
        }
        List<QuarterValue> series = values.stream()
                .filter(v -> v.value().indicator().equals(indicator.code()))
                .toList();
        TrendChart.Series data = new TrendChart.Series(indicator, series, quarters);
        Image chart = new Image(
                DownloadHandler.fromInputStream(event -> {
                    byte[] png = TrendChart.png(data, 900, 420);
                    return new DownloadResponse(
                            new ByteArrayInputStream(png),
                            "trend-" + indicator.code() + ".png",
                            "image/png",
                            png.length);
                }),
                data.description());
        chart.addClassName("trend-chart");
        trend.add(chart);
        List<String> notPlotted = data.notPlotted();
        if (!notPlotted.isEmpty()) {
            UnorderedList list = new UnorderedList();
            notPlotted.forEach(note -> list.add(new ListItem(note)));
            trend.add(new Paragraph("Not plotted (a symbol or a missing figure is never shown as zero):"), list);
        }
    }

    private Anchor exportLink(boolean workbook) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = ScorecardSheets.dataset(values, workbook);
                    String name = "scorecards-"
                            + (quarters.isEmpty() ? "" : quarters.getFirst() + "-to-" + quarters.getLast())
                                    .replace("/", "-")
                                    .replace(" ", "-")
                            + (workbook ? ".xlsx" : ".csv");
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            name,
                            workbook ? ScorecardSheets.XLSX : ScorecardSheets.CSV,
                            bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                workbook ? "Download the figures (.xlsx)" : "Download the figures (.csv)");
        link.addClassName("export-link");
        return link;
    }
}
