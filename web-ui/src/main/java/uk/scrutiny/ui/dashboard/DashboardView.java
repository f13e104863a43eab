package uk.scrutiny.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.scrutiny.application.action.ActionListItem;
import uk.scrutiny.application.action.ActionPlanService;
import uk.scrutiny.application.dashboard.DashboardService;
import uk.scrutiny.application.imports.ImportService;
import uk.scrutiny.application.review.QuestionAssessment;
import uk.scrutiny.application.review.ReviewDetails;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.action.ActionFilter;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportOutcome;
import uk.scrutiny.domain.imports.ImportRun;
import uk.scrutiny.domain.imports.RunTrigger;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.period.UkDates;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.ui.component.RagBadge;
import uk.scrutiny.ui.component.RatingGrid;
import uk.scrutiny.ui.component.ScrollBox;
import uk.scrutiny.ui.imports.ImportsView;
import uk.scrutiny.ui.review.ReviewView;

/**
 * The first page after sign-in: the current review's counts and grid of ratings, the change
 * against last year, overdue actions, who has not sent the latest quarter's scorecard and, for the
 * business unit, the last runs of the evidence import.
 */
@PageTitle("Dashboard | Safeguarding Scrutiny")
@Route("")
@RouteAlias("dashboard")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@PermitAll
public class DashboardView extends Main {

    /** How many of the latest import runs the dashboard lists; the Imports page has them all. */
    static final int IMPORT_RUNS_SHOWN = 5;

    DashboardView(
            ReviewService reviews, ActionPlanService actionPlan, DashboardService dashboard, ImportService imports) {
        addClassNames("page", "dashboard");
        add(new H1("Dashboard"));
        ReviewId current = reviews.currentReview();
        if (current == null) {
            add(new Paragraph("There is no review yet. The business unit starts one from the Reviews page."));
        } else {
            ReviewDetails details = reviews.review(current);
            add(
                    currentReview(details),
                    new Section(
                            new H2("Ratings by step and key measure"),
                            new ScrollBox(new RatingGrid(details), "Ratings by step and key measure")),
                    changes(details));
        }
        if (actionPlan.mayRead()) {
            add(overdue(actionPlan), missingScorecards(dashboard.missingScorecards()));
        }
        if (imports.mayRun()) {
            add(importRuns(imports));
        }
    }

    private static Component currentReview(ReviewDetails details) {
        Section section = new Section(new H2("Current review"));
        section.add(new Paragraph(
                new RouterLink(
                        "Review " + details.review().year(),
                        ReviewView.class,
                        details.review().requireId().value()),
                new Span(" — " + details.review().status().label() + ", scrutineer "
                        + details.review().scrutineer())));
        section.add(new Paragraph(details.summary().sentence() + "."));
        Div counts = new Div();
        counts.addClassName("rag-counts");
        for (RagRating rating : RagRating.values()) {
            Span count = new Span(
                    new RagBadge(rating),
                    new Span(String.valueOf(details.summary().count(rating))));
            count.addClassName("rag-count");
            counts.add(count);
        }
        Span unrated = new Span(
                new RagBadge(null), new Span(String.valueOf(details.summary().unrated())));
        unrated.addClassName("rag-count");
        counts.add(unrated);
        section.add(counts);
        if (details.review().isEditable() && !details.breaches().isEmpty()) {
            section.add(new Paragraph(details.breaches().size() + " rules of the framework are not met yet; "
                    + "the review page lists them."));
        }
        return section;
    }

    private static Component changes(ReviewDetails details) {
        Section section = new Section(new H2("Change against last year"));
        if (details.previous() == null) {
            section.add(new Paragraph(
                    "There is no review of " + details.review().year().previous() + " to compare with."));
            return section;
        }
        NativeTable table = new NativeTable();
        table.addClassName("changes");
        table.setCaptionText("Each question's rating in " + details.previous().year() + " and "
                + details.review().year());
        NativeTableRow head = table.getHead().addRow();
        for (String title : List.of(
                "Question",
                details.previous().year().toString(),
                details.review().year().toString(),
                "Change")) {
            head.addHeaderCell().setText(title);
        }
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        NativeTableBody body = table.addBody();
        for (QuestionAssessment q : details.questions()) {
            NativeTableRow row = body.addRow();
            row.addHeaderCell().setText(q.question().ref().toString());
            row.getHeaderCells().getFirst().getElement().setAttribute("scope", "row");
            row.addDataCell().add(new RagBadge(q.previousRating()));
            row.addDataCell().add(new RagBadge(q.rating()));
            Span change = new Span(switch (q.change()) {
                        case UP -> "↑ ";
                        case DOWN -> "↓ ";
                        case SAME -> "= ";
                        case NEW, NOT_RATED -> "";
                    }
                    + q.change().label());
            change.addClassName("change-" + q.change().name().toLowerCase());
            row.addDataCell().add(change);
        }
        section.add(new ScrollBox(table, "Change against last year"));
        return section;
    }

    private static Component overdue(ActionPlanService actionPlan) {
        Section section = new Section(new H2("Overdue actions"));
        List<ActionListItem> overdue = actionPlan.overdue(10);
        long total = actionPlan.count(ActionFilter.overdueOn(actionPlan.today()));
        if (overdue.isEmpty()) {
            section.add(new Paragraph("No action is overdue."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (ActionListItem item : overdue) {
            var a = item.action();
            list.add(new ListItem(a.label() + " (" + item.reviewYear() + ") " + a.text() + " — due "
                    + UkDates.table(Objects.requireNonNull(a.due()))
                    + (a.owner() == null ? "" : ", owner " + a.owner()) + ", "
                    + a.status().label().toLowerCase()));
        }
        section.add(
                new Paragraph(total + (total == 1 ? " action is" : " actions are") + " past their due date."), list);
        return section;
    }

    private static Component missingScorecards(DashboardService.MissingScorecards missing) {
        Section section = new Section(new H2("Scorecards for " + missing.quarter()));
        if (missing.missing().isEmpty()) {
            section.add(new Paragraph("Every agency has sent its scorecard for " + missing.quarter() + "."));
            return section;
        }
        section.add(new Paragraph(
                missing.missing().size() + " of " + missing.expected().size()
                        + " agencies have not sent a scorecard for " + missing.quarter() + " ("
                        + UkDates.prose(missing.quarter().start())
                        + " to " + UkDates.prose(missing.quarter().end()) + "):"));
        UnorderedList list = new UnorderedList();
        for (Agency agency : missing.missing()) {
            list.add(new ListItem(agency.code() + " — " + agency.name()));
        }
        section.add(list);
        return section;
    }

    private static Component importRuns(ImportService imports) {
        Section section = new Section(new H2("Last import runs"));
        section.addClassName("import-runs");
        List<ImportRun> runs = imports.runs(0, IMPORT_RUNS_SHOWN);
        if (runs.isEmpty()) {
            section.add(new Paragraph("No import has run yet."));
        } else {
            NativeTable table = new NativeTable();
            table.addClassName("import-runs-table");
            table.setCaptionText(
                    runs.size() == 1
                            ? "The only run of the evidence import so far, with how many files it imported and rejected"
                            : "The latest " + runs.size()
                                    + " runs of the evidence import, newest first, with how many files each "
                                    + "imported and rejected");
            NativeTableRow head = table.getHead().addRow();
            for (String title : List.of("Started", "How started", "Outcome", "Files imported", "Files rejected")) {
                head.addHeaderCell().setText(title);
            }
            head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
            NativeTableBody body = table.addBody();
            for (ImportRun run : runs) {
                List<ImportFile> files = imports.files(run.id());
                NativeTableRow row = body.addRow();
                row.addHeaderCell().setText(UkDates.prose(run.startedAt()));
                row.getHeaderCells().getFirst().getElement().setAttribute("scope", "row");
                row.addDataCell().setText(howStarted(run));
                row.addDataCell().setText(outcome(run, files));
                row.addDataCell()
                        .setText(String.valueOf(
                                count(files, ImportOutcome.IMPORTED) + count(files, ImportOutcome.PARTIAL)));
                row.addDataCell().setText(String.valueOf(count(files, ImportOutcome.REJECTED)));
            }
            section.add(new ScrollBox(table, "Last import runs"));
        }
        section.add(new Paragraph(
                new Span("Every run, its files and their errors are on the "),
                new RouterLink("Imports page", ImportsView.class),
                new Span(".")));
        return section;
    }

    private static String howStarted(ImportRun run) {
        return run.trigger() == RunTrigger.ON_DEMAND || run.trigger() == RunTrigger.UPLOAD
                ? run.trigger().label() + " by " + run.startedBy()
                : run.trigger().label();
    }

    /** The run's status in words, with what the counts of imported and rejected files leave out. */
    private static String outcome(ImportRun run, List<ImportFile> files) {
        List<String> notes = new ArrayList<>();
        if (files.isEmpty() && run.finishedAt() != null) {
            notes.add("no files to import");
        }
        long partial = count(files, ImportOutcome.PARTIAL);
        if (partial > 0) {
            notes.add(partial + (partial == 1 ? " file" : " files") + " partly imported");
        }
        long duplicates = count(files, ImportOutcome.DUPLICATE);
        if (duplicates > 0) {
            notes.add(duplicates + (duplicates == 1 ? " file was already imported" : " files were already imported"));
        }
        String status = run.status().label() + (run.failure() == null ? "" : ": " + run.failure());
        return notes.isEmpty() ? status : status + " (" + String.join("; ", notes) + ")";
    }

    private static long count(List<ImportFile> files, ImportOutcome outcome) {
        return files.stream().filter(f -> f.outcome() == outcome).count();
    }
}
