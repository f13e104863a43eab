package uk.scrutiny.architecture.violations.ui.review;

import com.vaadin.flow.component.button.Button;
import uk.scrutiny.architecture.violations.adapter.report.PdfRenderer;

/** Breaks the layers: a view that uses an adapter instead of the application's service. */
public class ReviewPdfButton extends Button {

    public ReviewPdfButton(PdfRenderer renderer) {
        super("PDF (" + renderer.render().length + " bytes)");
    }
}
