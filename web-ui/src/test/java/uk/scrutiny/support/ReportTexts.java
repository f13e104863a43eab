package uk.scrutiny.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** The text a reader gets out of a report file, with every run of white space made one space, as the tests compare it. */
public final class ReportTexts {

    private ReportTexts() {}

    /** The PDF's text without its page footers ("Page 2 of 10"), so that text running over a page break reads on. */
    public static String pdf(byte[] file) {
        try (PDDocument pdf = Loader.loadPDF(file)) {
            return flat(new PDFTextStripper().getText(pdf).replaceAll("Page \\d+ of \\d+", " "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String word(byte[] file) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return flat(extractor.getText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each paragraph of the Word file with a style, as {@code style: text}. */
    public static List<String> styledParagraphs(byte[] file) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            return doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null)
                    .map(p -> p.getStyle() + ": " + flat(p.getText()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs();
    }

    public static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
