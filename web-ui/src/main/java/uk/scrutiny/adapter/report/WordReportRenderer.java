package uk.scrutiny.adapter.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;
import uk.scrutiny.application.report.ReportModel;
import uk.scrutiny.application.report.ReportRenderer;
import uk.scrutiny.domain.report.ReportFormat;
import uk.scrutiny.domain.review.RagRating;

/**
 * The report as a Word file built with real styles: Title, then Heading 1 for each section and
 * step, Heading 2 for each question, Heading 3 for its evidence and actions. Word's navigation pane
 * and its table of contents (one is included, filled in when Word opens the file) follow them,
 * and sections pasted into the yearly report keep their levels. Lists are real bulleted lists,
 * tables have a repeating header row and a description, and the document's language is UK English.
 */
@Component
class WordReportRenderer implements ReportRenderer {

    private static final String FONT = "Arial";

    @Override
    public ReportFormat format() {
        return ReportFormat.WORD;
    }

    @Override
    public byte[] render(ReportModel report) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            BigInteger bullets = bulletList(doc);
            properties(doc, report);
            write(new Writer(doc, bullets), report);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The Word report could not be produced: " + e.getMessage(), e);
        }
    }

    private static void write(Writer w, ReportModel r) {
        w.paragraph("Title", r.title());
        w.paragraph("Subtitle", r.partnership());
        w.fact("Period", r.period() + " (" + r.year() + ")");
        w.fact("Independent scrutineer", r.scrutineer());
        w.fact("Date", r.date());
        w.fact("Framework", r.framework());
        w.strong(r.edition().text());
        if (!r.frameworkSource().isEmpty()) {
            w.paragraph("Normal", r.frameworkSource());
        }
        w.tableOfContents();

        w.paragraph("Heading1", "Overall judgement");
        w.paragraph("Normal", r.overallJudgement() == null ? ReportModel.NO_JUDGEMENT : r.overallJudgement());
        w.strong(r.summary());

        w.paragraph("Heading1", "RAG rating guidance");
        w.paragraph("Normal", "Each question in each of the steps is answered and graded as follows.");
        for (ReportModel.GuidanceLine line : r.guidance().lines()) {
            XWPFParagraph p = w.bullet();
            w.rating(p, line.rating());
            w.run(p, " " + line.text(), false);
        }
        w.paragraph("Normal", r.guidance().actionPlan());

        w.paragraph("Heading1", "Key measures");
        for (ReportModel.Measure m : r.keyMeasures()) {
            XWPFParagraph p = w.bullet();
            w.run(p, m.code() + ": ", true);
            w.run(p, m.text(), false);
        }

        w.paragraph("Heading1", "Ratings by step and key measure");
        grid(w, r.grid());

        for (ReportModel.StepSection step : r.steps()) {
            w.paragraph("Heading1", step.title());
            for (ReportModel.QuestionSection q : step.questions()) {
                question(w, q);
            }
        }
        annex(w, r.annex());
    }

    private static void grid(Writer w, ReportModel.Grid grid) {
        w.paragraph("Caption", grid.description());
        XWPFTable table = w.table(
                grid.rows().size() + 1,
                grid.columns().size() + 1,
                "Ratings by step and key measure",
                grid.description());
        XWPFTableRow header = table.getRow(0);
        w.cell(header.getCell(0), "Step", true, null);
        for (int c = 0; c < grid.columns().size(); c++) {
            w.cell(header.getCell(c + 1), grid.columns().get(c).code(), true, null);
        }
        for (int r = 0; r < grid.rows().size(); r++) {
            ReportModel.GridRow row = grid.rows().get(r);
            XWPFTableRow tr = table.getRow(r + 1);
            w.cell(tr.getCell(0), row.step(), true, null);
            for (int c = 0; c < row.cells().size(); c++) {
                List<ReportModel.GridCell> cell = row.cells().get(c);
                String text = cell.isEmpty()
                        ? "No question"
                        : String.join(
                                "\n",
                                cell.stream().map(ReportModel.GridCell::text).toList());
                w.cell(
                        tr.getCell(c + 1),
                        text,
                        true,
                        cell.size() == 1 ? cell.getFirst().rating() : null);
            }
        }
    }

    private static void question(Writer w, ReportModel.QuestionSection q) {
        w.paragraph("Heading2", q.heading());
        XWPFParagraph rating = w.doc.createParagraph();
        w.run(rating, "Rating: ", true);
        w.rating(rating, q.rating());
        XWPFParagraph measure = w.doc.createParagraph();
        w.run(measure, "Key measure " + q.keyMeasure().code() + ": ", true);
        w.run(measure, q.keyMeasure().text(), false);
        if (q.commentary() != null) {
            w.paragraph("Normal", q.commentary());
        }
        w.paragraph("Heading3", "Evidence");
        if (q.evidence().isEmpty()) {
            w.paragraph("Normal", "No evidence cited.");
        }
        for (ReportModel.EvidenceLine e : q.evidence()) {
            XWPFParagraph p = w.bullet();
            w.run(p, e.title(), true);
            w.run(p, " (" + e.details() + ")", false);
            p.createRun().addBreak();
            if (e.link() != null) {
                XWPFHyperlinkRun link = p.createHyperlinkRun(e.link());
                link.setText(ReportHtml.clean(e.link()));
                link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                link.setColor("1A4F9C");
            } else {
                w.run(p, e.reference(), false);
            }
        }
        w.paragraph("Heading3", "Recommended actions");
        if (q.actions().isEmpty()) {
            w.paragraph("Normal", "No recommended actions.");
        }
        for (ReportModel.ActionLine a : q.actions()) {
            XWPFParagraph p = w.doc.createParagraph();
            p.setIndentationLeft(360);
            p.setIndentationHanging(360);
            w.run(p, a.number() + ". " + a.text(), false);
            p.createRun().addBreak();
            XWPFRun facts = w.run(p, a.facts(), false);
            facts.setColor("444444");
        }
    }

    private static void annex(Writer w, ReportModel.Annex annex) {
        w.paragraph("Heading1", "Annex: change since the previous review");
        if (annex.previousYear() == null) {
            w.paragraph("Normal", "There is no previous review to compare with.");
        } else {
            String caption = "Each question's rating in " + annex.previousYear() + " and now";
            w.paragraph("Caption", caption);
            XWPFTable table =
                    w.table(annex.comparisons().size() + 1, 4, "Change since " + annex.previousYear(), caption);
            XWPFTableRow header = table.getRow(0);
            String[] titles = {"Question", annex.previousYear(), "Now", "Change"};
            for (int c = 0; c < titles.length; c++) {
                w.cell(header.getCell(c), titles[c], true, null);
            }
            for (int i = 0; i < annex.comparisons().size(); i++) {
                ReportModel.Comparison comparison = annex.comparisons().get(i);
                XWPFTableRow row = table.getRow(i + 1);
                w.cell(row.getCell(0), comparison.ref(), true, null);
                w.cell(row.getCell(1), RagRating.labelOf(comparison.previous()), false, comparison.previous());
                w.cell(row.getCell(2), RagRating.labelOf(comparison.now()), false, comparison.now());
                w.cell(row.getCell(3), comparison.change(), false, null);
            }
        }
        w.paragraph("Heading2", "Actions carried forward");
        if (annex.carriedForward().isEmpty()) {
            w.paragraph("Normal", "No actions were carried forward into this review.");
        }
        for (ReportModel.CarriedAction a : annex.carriedForward()) {
            XWPFParagraph p = w.bullet();
            w.run(p, a.label() + " " + a.text(), false);
            p.createRun().addBreak();
            w.run(
                            p,
                            "From " + a.from() + ". " + (a.owner() == null ? "" : "Owner: " + a.owner() + ". ")
                                    + "Status: " + a.status().toLowerCase(Locale.UK) + ".",
                            false)
                    .setColor("444444");
        }
    }

    /** Writes paragraphs, runs and tables into one document. */
    private static final class Writer {

        private final XWPFDocument doc;
        private final BigInteger bullets;

        Writer(XWPFDocument doc, BigInteger bullets) {
            this.doc = doc;
            this.bullets = bullets;
        }

        XWPFParagraph paragraph(String style, String text) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(style);
            run(p, text, false);
            return p;
        }

        void fact(String label, String value) {
            XWPFParagraph p = doc.createParagraph();
            run(p, label + ": ", true);
            run(p, value, false);
        }

        void strong(String text) {
            run(doc.createParagraph(), text, true);
        }

        XWPFParagraph bullet() {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("ListParagraph");
            p.setNumID(bullets);
            return p;
        }

        /** A run of text; line breaks in the text become line breaks in the paragraph. */
        XWPFRun run(XWPFParagraph p, String text, boolean bold) {
            XWPFRun run = p.createRun();
            run.setBold(bold);
            String[] lines = ReportHtml.clean(text).split("\r\n|\r|\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i], i);
            }
            return run;
        }

        /** The rating's word, bold, on its colour: never the colour alone. */
        void rating(XWPFParagraph p, @Nullable RagRating rating) {
            XWPFRun run = run(p, RagRating.labelOf(rating), true);
            run.setColor(foreground(rating));
            run.getCTR().addNewRPr();
            var shading = run.getCTR().getRPr().addNewShd();
            shading.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd.CLEAR);
            shading.setFill(background(rating));
        }

        XWPFTable table(int rows, int columns, String title, String description) {
            XWPFTable table = doc.createTable(rows, columns);
            table.setWidth("100%");
            CTTblPr properties = table.getCTTbl().getTblPr();
            properties.addNewTblCaption().setVal(ReportHtml.clean(title));
            properties.addNewTblDescription().setVal(ReportHtml.clean(description));
            table.getRow(0).setRepeatHeader(true);
            return table;
        }

        void cell(XWPFTableCell cell, String text, boolean bold, @Nullable RagRating rating) {
            XWPFParagraph p = cell.getParagraphs().getFirst();
            XWPFRun run = run(p, text, bold || rating != null);
            if (rating != null) {
                cell.setColor(background(rating));
                run.setColor(foreground(rating));
            }
        }

        /** A table of contents field over Heading 1 to 3; Word fills it in when the file is opened. */
        void tableOfContents() {
            paragraph("TOCHeading", "Contents");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            var instruction = p.createRun().getCTR().addNewInstrText();
            instruction.setStringValue(" TOC \\o \"1-3\" \\h \\z \\u ");
            instruction.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
            p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            run(
                    p,
                    "The contents are filled in by Word when it opens this document (or press F9 to update them).",
                    false);
            p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
            doc.enforceUpdateFields();
        }
    }

    private static String foreground(@Nullable RagRating rating) {
        if (rating == null) {
            return "333333";
        }
        return switch (rating) {
            case GREEN -> "0B5A1F";
            case AMBER -> "6A3D00";
            case RED -> "8C1420";
        };
    }

    private static String background(@Nullable RagRating rating) {
        if (rating == null) {
            return "ECECEC";
        }
        return switch (rating) {
            case GREEN -> "DCEFE0";
            case AMBER -> "FDEAC2";
            case RED -> "F9DADC";
        };
    }

    private static void properties(XWPFDocument doc, ReportModel r) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(ReportHtml.clean(r.title() + " — " + r.partnership()));
        core.setCreator(ReportHtml.clean(r.scrutineer()));
        core.setSubjectProperty(ReportHtml.clean("Independent scrutiny of the " + r.partnership()
                + "'s safeguarding children arrangements, " + r.period()));
        core.setKeywords("independent scrutiny, safeguarding children, " + r.year());
        core.setDescription(ReportHtml.clean(r.edition().text()));
        core.getUnderlyingProperties().setLanguageProperty("en-GB");
    }

    /** The document defaults (font, size, UK English) and the paragraph styles the report uses. */
    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        CTRPr defaults = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        defaults.addNewSz().setVal(BigInteger.valueOf(22));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(22));
        var lang = defaults.addNewLang();
        lang.setVal("en-GB");
        lang.setBidi("ar-SA");
        ct.getDocDefaults().addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(100));
        styles.setStyles(ct);

        CTStyle normal = style("Normal", "Normal", null, 0);
        normal.setDefault(true);
        styles.addStyle(new XWPFStyle(normal));
        styles.addStyle(new XWPFStyle(heading("Title", "Title", -1, 48, "1F3864")));
        styles.addStyle(new XWPFStyle(heading("Subtitle", "Subtitle", -1, 28, "404040")));
        styles.addStyle(new XWPFStyle(heading("Heading1", "heading 1", 0, 32, "1F3864")));
        styles.addStyle(new XWPFStyle(heading("Heading2", "heading 2", 1, 26, "1F3864")));
        styles.addStyle(new XWPFStyle(heading("Heading3", "heading 3", 2, 23, "262626")));
        styles.addStyle(new XWPFStyle(heading("TOCHeading", "TOC Heading", -1, 28, "1F3864")));
        CTStyle caption = style("Caption", "caption", "Normal", 35);
        caption.addNewRPr().addNewColor().setVal("444444");
        styles.addStyle(new XWPFStyle(caption));
        CTStyle list = style("ListParagraph", "List Paragraph", "Normal", 34);
        list.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720));
        styles.addStyle(new XWPFStyle(list));
    }

    private static CTStyle heading(String id, String name, int outlineLevel, int halfPoints, String colour) {
        CTStyle style = style(id, name, "Normal", outlineLevel < 0 ? 10 : 9);
        style.addNewNext().setVal("Normal");
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel < 0 ? 0 : 240));
        if (outlineLevel >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewBCs();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        run.addNewColor().setVal(colour);
        return style;
    }

    private static CTStyle style(String id, String name, @Nullable String basedOn, int priority) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewUiPriority().setVal(BigInteger.valueOf(priority));
        style.addNewQFormat();
        return style;
    }

    /** A bulleted list definition; returns the numbering id paragraphs refer to. */
    private static BigInteger bulletList(XWPFDocument doc) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        level.addNewLvlJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.LEFT);
        var indent = level.addNewPPr().addNewInd();
        indent.setLeft(BigInteger.valueOf(720));
        indent.setHanging(BigInteger.valueOf(360));
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition));
        return numbering.addNum(abstractId);
    }
}
