package uk.scrutiny.domain.report;

import java.util.Locale;

/** The formats the report is passed around in. */
public enum ReportFormat {
    PDF("PDF", "application/pdf", "pdf"),
    WORD("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String label;
    private final String contentType;
    private final String extension;

    ReportFormat(String label, String contentType, String extension) {
        this.label = label;
        this.contentType = contentType;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String contentType() {
        return contentType;
    }

    /** Without the dot: {@code pdf}, {@code docx}. */
    public String extension() {
        return extension;
    }

    /** Reads {@code PDF}, {@code pdf}, {@code Word}, {@code docx}. */
    public static ReportFormat parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.name().toLowerCase(Locale.ROOT).equals(t) || format.extension.equals(t)) {
                return format;
            }
        }
        throw new IllegalArgumentException("'" + text.strip() + "' is not a report format: use PDF or Word");
    }
}
