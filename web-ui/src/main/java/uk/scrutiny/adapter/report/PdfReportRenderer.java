package uk.scrutiny.adapter.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import uk.scrutiny.application.report.ReportModel;
import uk.scrutiny.application.report.ReportRenderer;
import uk.scrutiny.domain.report.ReportFormat;

/**
 * The report as a tagged, accessible PDF (PDF/UA, and PDF/A-3a for archiving): rendered from
 * {@link ReportHtml} with the shared stylesheet, DejaVu Sans embedded (subset), the document's
 * language, title, author and subject set, and the heading structure as its outline. Right-to-left
 * text is ordered and shaped by ICU. No resource outside the document is ever fetched.
 */
@Component
class PdfReportRenderer implements ReportRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    private static final String PAGE_CSS = """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm;
                    @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #444444; } }
            html, body { font-family: 'DejaVu Sans'; font-size: 10pt; }
            .scrutiny-report { max-width: none; }
            .scrutiny-report h2 { page-break-after: avoid; }
            .scrutiny-report h3, .scrutiny-report h4 { page-break-after: avoid; }
            .scrutiny-report thead { display: table-header-group; }
            .scrutiny-report tr { page-break-inside: avoid; }
            .scrutiny-report .report-grid { page-break-inside: avoid; }
            .scrutiny-report a { color: #1a4f9c; }
            """;

    private final byte[] regular;
    private final byte[] bold;
    private final byte[] colourProfile;
    private final String css;
    /** Font metrics, read once and shared by every render (the store is safe for concurrent use). */
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

    public PdfReportRenderer() {
        RendererLog.install();
        this.regular = resource("/uk/scrutiny/adapter/report/fonts/DejaVuSans.ttf");
        this.bold = resource("/uk/scrutiny/adapter/report/fonts/DejaVuSans-Bold.ttf");
        this.colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        this.css =
                new String(resource("/META-INF/resources/assets/report.css"), StandardCharsets.UTF_8) + "\n" + PAGE_CSS;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public byte[] render(ReportModel report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 + report.questionCount() * 4096);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
            builder.useColorProfile(colourProfile);
            builder.useFont(
                    () -> new ByteArrayInputStream(regular),
                    FONT_FAMILY,
                    400,
                    BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(
                    () -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.withProducer("Safeguarding Scrutiny");
            builder.withHtmlContent(ReportHtml.document(report, css), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF report could not be produced: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfReportRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The report resource " + path + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
