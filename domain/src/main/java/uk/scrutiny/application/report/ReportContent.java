package uk.scrutiny.application.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.review.QuestionAssessment;
import uk.scrutiny.application.review.RatingChange;
import uk.scrutiny.application.review.ReviewDetails;
import uk.scrutiny.domain.action.ActionId;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.evidence.EvidenceType;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.KeyMeasure;
import uk.scrutiny.domain.framework.Step;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.UkDates;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.domain.review.Review;

/** Words a review as its report: the one place that decides what the report says and in which order. */
final class ReportContent {

    private final Map<AgencyCode, String> agencyNames;
    private final Function<ActionId, @Nullable String> originOf;

    /**
     * @param agencyNames the agencies' names by code, for action owners
     * @param originOf where a carried-forward action came from, e.g. {@code 2021/22 action 1.3.2}
     */
    ReportContent(Map<AgencyCode, String> agencyNames, Function<ActionId, @Nullable String> originOf) {
        this.agencyNames = agencyNames;
        this.originOf = originOf;
    }

    ReportModel of(ReviewDetails details, LocalDate date, ReportModel.Edition edition) {
        Review review = details.review();
        Framework framework = details.framework();
        var g = framework.guidance();
        ReportModel.Guidance guidance = new ReportModel.Guidance(
                List.of(
                        new ReportModel.GuidanceLine(RagRating.GREEN, g.green()),
                        new ReportModel.GuidanceLine(RagRating.AMBER, g.amber()),
                        new ReportModel.GuidanceLine(RagRating.RED, g.red())),
                g.actionPlan());
        List<ReportModel.Measure> measures =
                framework.keyMeasures().stream().map(ReportContent::measure).toList();

        List<ReportModel.StepSection> steps = new ArrayList<>();
        List<ReportModel.GridRow> rows = new ArrayList<>();
        for (Step step : framework.steps()) {
            List<QuestionAssessment> questions = details.questionsOf(step);
            steps.add(new ReportModel.StepSection(
                    step.title(), questions.stream().map(this::question).toList()));
            List<List<ReportModel.GridCell>> cells = new ArrayList<>();
            for (KeyMeasure km : framework.keyMeasures()) {
                cells.add(questions.stream()
                        .filter(q -> q.question().keyMeasure() == km.number())
                        .map(q -> new ReportModel.GridCell(q.question().ref().toString(), q.rating()))
                        .toList());
            }
            rows.add(new ReportModel.GridRow(step.title(), cells));
        }
        ReportModel.Grid grid = new ReportModel.Grid(measures, rows, gridDescription(details));

        return new ReportModel(
                "Independent Scrutiny Report " + review.year(),
                details.partnership(),
                review.year().toString(),
                review.year().spanInWords(),
                review.scrutineer(),
                UkDates.prose(date),
                edition,
                framework.label(),
                framework.source(),
                review.overallJudgement(),
                details.summary().sentence() + ".",
                guidance,
                measures,
                grid,
                steps,
                annex(details));
    }

    private ReportModel.QuestionSection question(QuestionAssessment q) {
        return new ReportModel.QuestionSection(
                q.question().ref().toString(),
                q.question().text(),
                measure(q.keyMeasure()),
                q.rating(),
                q.assessment().commentary(),
                q.evidence().stream().map(ReportContent::evidence).toList(),
                q.actions().stream().map(this::action).toList());
    }

    private static ReportModel.Measure measure(KeyMeasure km) {
        return new ReportModel.Measure(km.code(), km.text());
    }

    private static ReportModel.EvidenceLine evidence(EvidenceItem item) {
        String link = item.type() == EvidenceType.WEB_LINK && item.link() != null
                ? item.link().toString()
                : null;
        return new ReportModel.EvidenceLine(
                item.title(), item.type().label(), UkDates.table(item.date()), item.draft(), item.reference(), link);
    }

    private ReportModel.ActionLine action(RecommendedAction a) {
        return new ReportModel.ActionLine(
                a.number(),
                a.text(),
                owner(a.owner()),
                a.due() == null ? null : UkDates.table(a.due()),
                a.status().label(),
                a.carriedFrom() != null);
    }

    private @Nullable String owner(@Nullable AgencyCode code) {
        return code == null ? null : agencyNames.getOrDefault(code, code.value());
    }

    private ReportModel.Annex annex(ReviewDetails details) {
        Review previous = details.previous();
        List<ReportModel.Comparison> comparisons = previous == null
                ? List.of()
                : details.questions().stream()
                        .map(q -> new ReportModel.Comparison(
                                q.question().ref().toString(), q.previousRating(), q.rating(), change(q)))
                        .toList();
        List<ReportModel.CarriedAction> carried = new ArrayList<>();
        for (QuestionAssessment q : details.questions()) {
            for (RecommendedAction a : q.actions()) {
                if (a.carriedFrom() != null) {
                    String from = originOf.apply(a.carriedFrom());
                    carried.add(new ReportModel.CarriedAction(
                            a.label(),
                            a.text(),
                            from == null ? "the previous review" : from,
                            owner(a.owner()),
                            a.status().label()));
                }
            }
        }
        return new ReportModel.Annex(previous == null ? null : previous.year().toString(), comparisons, carried);
    }

    private static String change(QuestionAssessment q) {
        RatingChange change = q.change();
        return switch (change) {
            case NEW -> "Not rated before";
            case UP, DOWN, SAME, NOT_RATED -> change.label();
        };
    }

    private static String gridDescription(ReviewDetails details) {
        List<String> parts = new ArrayList<>();
        for (QuestionAssessment q : details.questions()) {
            parts.add(q.question().ref() + " " + RagRating.labelOf(q.rating()));
        }
        return "Ratings of each question by step (rows) and key measure (columns): " + String.join(", ", parts) + ".";
    }
}
