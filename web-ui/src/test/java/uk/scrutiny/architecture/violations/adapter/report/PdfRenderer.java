package uk.scrutiny.architecture.violations.adapter.report;

/** A class of the adapter layer that a view must not use. */
public class PdfRenderer {

    public byte[] render() {
        return new byte[0];
    }
}
