package uk.scrutiny.adapter.report;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.report.ReportModel;
import uk.scrutiny.domain.review.RagRating;

/**
 * The report as XHTML: the one template behind the preview and the PDF. Every piece of text is
 * escaped here (and characters XML cannot hold are dropped), so nothing anyone typed becomes
 * markup. Headings nest h1 (title), h2 (sections and steps), h3 (questions), h4 (evidence and
 * actions), which the PDF turns into its tagged outline.
 */
public final class ReportHtml {

    /** The root element's class: the shared stylesheet applies under it. */
    public static final String ROOT_CLASS = "scrutiny-report";

    private ReportHtml() {}

    /** A whole XHTML document, for the PDF renderer, with the stylesheets given inline. */
    public static String document(ReportModel report, String css) {
        StringBuilder html = new StringBuilder(8192 + report.questionCount() * 2048);
        html.append(
                        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">\n<head>\n")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>\n")
                .append("<title>")
                .append(text(report.title() + " — " + report.partnership()))
                .append("</title>\n")
                .append("<meta name=\"author\" content=\"")
                .append(text(report.scrutineer()))
                .append("\"/>\n")
                .append("<meta name=\"subject\" content=\"")
                .append(text("Independent scrutiny of the " + report.partnership()
                        + "'s safeguarding children arrangements, " + report.period()))
                .append("\"/>\n")
                .append("<meta name=\"keywords\" content=\"independent scrutiny, safeguarding children, ")
                .append(text(report.year()))
                .append("\"/>\n")
                .append("<style>\n")
                .append(css.replace("</", "<\\/"))
                .append("\n</style>\n</head>\n<body>\n");
        article(html, report);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** The report's {@code <article>} alone, for showing inside a page. */
    public static String article(ReportModel report) {
        StringBuilder html = new StringBuilder(8192 + report.questionCount() * 2048);
        article(html, report);
        return html.toString();
    }

    private static void article(StringBuilder h, ReportModel r) {
        h.append("<article class=\"").append(ROOT_CLASS).append("\">\n");
        h.append("<header class=\"report-header\">\n");
        h.append("<h1>").append(text(r.title())).append("</h1>\n");
        h.append("<p class=\"report-partnership\">")
                .append(text(r.partnership()))
                .append("</p>\n");
        fact(h, "Period", r.period() + " (" + r.year() + ")");
        fact(h, "Independent scrutineer", r.scrutineer());
        fact(h, "Date", r.date());
        fact(h, "Framework", r.framework());
        h.append("<p class=\"report-edition ")
                .append(r.edition().published() ? "edition-published" : "edition-draft")
                .append("\">")
                .append(text(r.edition().text()))
                .append("</p>\n");
        if (!r.frameworkSource().isEmpty()) {
            h.append("<p class=\"report-source\">")
                    .append(text(r.frameworkSource()))
                    .append("</p>\n");
        }
        h.append("</header>\n");

        h.append("<section class=\"report-judgement\">\n<h2>Overall judgement</h2>\n");
        h.append("<p class=\"overall-judgement\">")
                .append(text(r.overallJudgement() == null ? ReportModel.NO_JUDGEMENT : r.overallJudgement()))
                .append("</p>\n");
        h.append("<p class=\"rag-summary\">").append(text(r.summary())).append("</p>\n</section>\n");

        h.append("<section class=\"report-guidance\">\n<h2>RAG rating guidance</h2>\n");
        h.append(
                "<p>Each question in each of the steps is answered and graded as follows.</p>\n<ul class=\"guidance\">\n");
        for (ReportModel.GuidanceLine line : r.guidance().lines()) {
            h.append("<li>");
            badge(h, line.rating());
            h.append(" ").append(text(line.text())).append("</li>\n");
        }
        h.append("</ul>\n<p>").append(text(r.guidance().actionPlan())).append("</p>\n</section>\n");

        h.append("<section class=\"report-measures\">\n<h2>Key measures</h2>\n<ul class=\"key-measures\">\n");
        for (ReportModel.Measure m : r.keyMeasures()) {
            h.append("<li><strong>")
                    .append(text(m.code()))
                    .append(":</strong> ")
                    .append(text(m.text()))
                    .append("</li>\n");
        }
        h.append("</ul>\n</section>\n");

        grid(h, r.grid());

        for (ReportModel.StepSection step : r.steps()) {
            h.append("<section class=\"report-step\">\n<h2>")
                    .append(text(step.title()))
                    .append("</h2>\n");
            for (ReportModel.QuestionSection q : step.questions()) {
                question(h, q);
            }
            h.append("</section>\n");
        }
        annex(h, r.annex());
        h.append("</article>\n");
    }

    private static void fact(StringBuilder h, String label, String value) {
        h.append("<p class=\"report-fact\"><strong>")
                .append(text(label))
                .append(":</strong> ")
                .append(text(value))
                .append("</p>\n");
    }

    private static void grid(StringBuilder h, ReportModel.Grid grid) {
        h.append("<section class=\"report-grid\">\n<h2>Ratings by step and key measure</h2>\n");
        h.append("<table class=\"rag-grid\" summary=\"")
                .append(text(grid.description()))
                .append("\">\n");
        h.append("<caption>").append(text(grid.description())).append("</caption>\n");
        h.append("<thead><tr><th scope=\"col\">Step</th>");
        for (ReportModel.Measure m : grid.columns()) {
            h.append("<th scope=\"col\">").append(text(m.code())).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (ReportModel.GridRow row : grid.rows()) {
            h.append("<tr><th scope=\"row\">").append(text(row.step())).append("</th>");
            for (List<ReportModel.GridCell> cell : row.cells()) {
                RagRating single = cell.size() == 1 ? cell.getFirst().rating() : null;
                h.append("<td class=\"")
                        .append(cell.size() == 1 ? ragClass(single) : "rag-cell")
                        .append("\">");
                if (cell.isEmpty()) {
                    h.append("No question");
                }
                for (int i = 0; i < cell.size(); i++) {
                    if (i > 0) {
                        h.append("<br/>");
                    }
                    h.append(text(cell.get(i).text()));
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void question(StringBuilder h, ReportModel.QuestionSection q) {
        h.append("<section class=\"report-question\">\n<h3>")
                .append(text(q.heading()))
                .append("</h3>\n");
        h.append("<p class=\"question-rating\"><strong>Rating:</strong> ");
        badge(h, q.rating());
        h.append("</p>\n<p class=\"question-measure\"><strong>Key measure ")
                .append(text(q.keyMeasure().code()))
                .append(":</strong> ")
                .append(text(q.keyMeasure().text()))
                .append("</p>\n");
        if (q.commentary() != null) {
            h.append("<p class=\"commentary\">").append(text(q.commentary())).append("</p>\n");
        }
        h.append("<h4>Evidence</h4>\n");
        if (q.evidence().isEmpty()) {
            h.append("<p class=\"none\">No evidence cited.</p>\n");
        } else {
            h.append("<ul class=\"evidence\">\n");
            for (ReportModel.EvidenceLine e : q.evidence()) {
                h.append("<li><strong>")
                        .append(text(e.title()))
                        .append("</strong> (")
                        .append(text(e.details()))
                        .append(")<br/>");
                if (e.link() != null) {
                    h.append("<a href=\"")
                            .append(text(e.link()))
                            .append("\" title=\"")
                            .append(text(e.title()))
                            .append("\">")
                            .append(text(e.link()))
                            .append("</a>");
                } else {
                    h.append("<span class=\"file-name\">")
                            .append(text(e.reference()))
                            .append("</span>");
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("<h4>Recommended actions</h4>\n");
        if (q.actions().isEmpty()) {
            h.append("<p class=\"none\">No recommended actions.</p>\n");
        } else {
            h.append("<ul class=\"actions\">\n");
            for (ReportModel.ActionLine a : q.actions()) {
                h.append("<li><span class=\"action-text\">")
                        .append(a.number())
                        .append(". ")
                        .append(text(a.text()))
                        .append("</span><br/><span class=\"action-facts\">")
                        .append(text(a.facts()))
                        .append("</span></li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private static void annex(StringBuilder h, ReportModel.Annex annex) {
        h.append("<section class=\"report-annex\">\n<h2>Annex: change since the previous review</h2>\n");
        if (annex.previousYear() == null) {
            h.append("<p>There is no previous review to compare with.</p>\n");
        } else {
            String caption = "Each question's rating in " + annex.previousYear() + " and now";
            h.append("<table class=\"comparison\" summary=\"")
                    .append(text(caption))
                    .append("\">\n<caption>")
                    .append(text(caption))
                    .append("</caption>\n<thead><tr><th scope=\"col\">Question</th><th scope=\"col\">")
                    .append(text(annex.previousYear()))
                    .append("</th><th scope=\"col\">Now</th><th scope=\"col\">Change</th></tr></thead>\n<tbody>\n");
            for (ReportModel.Comparison c : annex.comparisons()) {
                h.append("<tr><th scope=\"row\">")
                        .append(text(c.ref()))
                        .append("</th><td class=\"")
                        .append(ragClass(c.previous()))
                        .append("\">")
                        .append(text(RagRating.labelOf(c.previous())))
                        .append("</td><td class=\"")
                        .append(ragClass(c.now()))
                        .append("\">")
                        .append(text(RagRating.labelOf(c.now())))
                        .append("</td><td>")
                        .append(text(c.change()))
                        .append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("<h3>Actions carried forward</h3>\n");
        if (annex.carriedForward().isEmpty()) {
            h.append("<p class=\"none\">No actions were carried forward into this review.</p>\n");
        } else {
            h.append("<ul class=\"carried-forward\">\n");
            for (ReportModel.CarriedAction a : annex.carriedForward()) {
                h.append("<li><span class=\"action-text\">")
                        .append(text(a.label()))
                        .append(" ")
                        .append(text(a.text()))
                        .append("</span><br/><span class=\"action-facts\">")
                        .append(text("From " + a.from() + ". "
                                + (a.owner() == null ? "" : "Owner: " + a.owner() + ". ") + "Status: "
                                + a.status().toLowerCase(Locale.UK) + "."))
                        .append("</span></li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private static void badge(StringBuilder h, @Nullable RagRating rating) {
        h.append("<span class=\"rag ")
                .append(ragClass(rating))
                .append("\">")
                .append(text(RagRating.labelOf(rating)))
                .append("</span>");
    }

    static String ragClass(@Nullable RagRating rating) {
        return rating == null ? "rag-none" : "rag-" + rating.name().toLowerCase(Locale.ROOT);
    }

    /** Text without the characters that XML 1.0 cannot hold (most control characters, lone surrogates). */
    static String clean(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else if (c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text made safe for XHTML content and attribute values: markup characters escaped, and
     * characters that XML 1.0 cannot hold (most control characters, lone surrogates) dropped.
     */
    static String text(String value) {
        String kept = clean(value);
        StringBuilder out = new StringBuilder(kept.length() + 16);
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
