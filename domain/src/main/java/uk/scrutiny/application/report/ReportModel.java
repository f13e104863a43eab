package uk.scrutiny.application.report;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.review.RagRating;

/**
 * The content of a scrutiny report in reading order, already worded and with UK dates, so that
 * the preview, the PDF and the Word file say exactly the same: title and facts, the overall
 * judgement and the summary sentence, the RAG guidance, the key measures, the step × key-measure
 * grid, each step's questions with rating, evidence and numbered actions, and the annex comparing
 * with the previous review. Every rating travels as the {@link RagRating} so that a renderer shows
 * its word (and may add a colour), never the colour alone.
 */
public record ReportModel(
        String title,
        String partnership,
        String year,
        String period,
        String scrutineer,
        String date,
        Edition edition,
        String framework,
        String frameworkSource,
        @Nullable String overallJudgement,
        String summary,
        Guidance guidance,
        List<Measure> keyMeasures,
        Grid grid,
        List<StepSection> steps,
        Annex annex) {

    public ReportModel {
        keyMeasures = List.copyOf(keyMeasures);
        steps = List.copyOf(steps);
    }

    /** What stands in for a missing overall judgement in a draft. */
    public static final String NO_JUDGEMENT = "The overall judgement has not been written yet.";

    public int questionCount() {
        return steps.stream().mapToInt(s -> s.questions().size()).sum();
    }

    /**
     * Whether this is a published version or a draft for preview.
     *
     * @param version the published version number, or 0 for a draft
     * @param text e.g. {@code Published version 1, 31 March 2022}
     */
    public record Edition(boolean published, int version, String text) {}

    public record Guidance(List<GuidanceLine> lines, String actionPlan) {
        public Guidance {
            lines = List.copyOf(lines);
        }
    }

    public record GuidanceLine(RagRating rating, String text) {}

    /** {@code KM1} and its text. */
    public record Measure(String code, String text) {}

    /**
     * Ratings by step (rows) and key measure (columns); a cell lists the questions of that step
     * serving that measure.
     *
     * @param description the grid in one sentence, its alternative text
     */
    public record Grid(List<Measure> columns, List<GridRow> rows, String description) {
        public Grid {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    public record GridRow(String step, List<List<GridCell>> cells) {
        public GridRow {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }

    public record GridCell(String ref, @Nullable RagRating rating) {
        public String text() {
            return ref + " " + RagRating.labelOf(rating);
        }
    }

    public record StepSection(String title, List<QuestionSection> questions) {
        public StepSection {
            questions = List.copyOf(questions);
        }
    }

    public record QuestionSection(
            String ref,
            String text,
            Measure keyMeasure,
            @Nullable RagRating rating,
            @Nullable String commentary,
            List<EvidenceLine> evidence,
            List<ActionLine> actions) {

        public QuestionSection {
            evidence = List.copyOf(evidence);
            actions = List.copyOf(actions);
        }

        public String heading() {
            return ref + " " + text;
        }
    }

    /**
     * One cited evidence item: its title, then e.g. {@code Document, 14/06/2021}, then the file
     * name or the web address ({@code link} is set for a web address).
     */
    public record EvidenceLine(
            String title,
            String type,
            String date,
            boolean draft,
            String reference,
            @Nullable String link) {

        /** {@code Document, 14/06/2021} or {@code Minutes, 03/10/2022, draft}. */
        public String details() {
            return type + ", " + date + (draft ? ", draft" : "");
        }
    }

    /** A numbered action: {@code facts} is e.g. {@code Owner: Police. Due 31/03/2022. Status: open.}. */
    public record ActionLine(
            int number,
            String text,
            @Nullable String owner,
            @Nullable String due,
            String status,
            boolean carriedForward) {

        public String facts() {
            StringBuilder facts = new StringBuilder();
            if (owner != null) {
                facts.append("Owner: ").append(owner).append(". ");
            }
            if (due != null) {
                facts.append("Due ").append(due).append(". ");
            }
            facts.append("Status: ")
                    .append(status.toLowerCase(java.util.Locale.UK))
                    .append('.');
            if (carriedForward) {
                facts.append(" Carried forward from the previous review.");
            }
            return facts.toString();
        }
    }

    /**
     * The comparison with the previous review.
     *
     * @param previousYear e.g. {@code 2021/22}, or null when there is no previous review
     */
    public record Annex(
            @Nullable String previousYear, List<Comparison> comparisons, List<CarriedAction> carriedForward) {
        public Annex {
            comparisons = List.copyOf(comparisons);
            carriedForward = List.copyOf(carriedForward);
        }
    }

    public record Comparison(
            String ref,
            @Nullable RagRating previous,
            @Nullable RagRating now,
            String change) {}

    /** An action of this review carried forward from the previous one: its label here, where it came from, where it stands. */
    public record CarriedAction(
            String label,
            String text,
            String from,
            @Nullable String owner,
            String status) {}
}
