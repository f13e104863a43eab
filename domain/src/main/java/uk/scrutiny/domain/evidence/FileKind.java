package uk.scrutiny.domain.evidence;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file the product accepts as evidence or data, each with the names it may carry.
 * Anything else is refused, and a file is accepted only when its bytes are what its name claims.
 */
public enum FileKind {
    PDF("PDF document", Set.of("pdf")),
    WORD("Word document", Set.of("docx", "doc")),
    EXCEL("Excel workbook", Set.of("xlsx", "xls")),
    CSV("CSV file", Set.of("csv")),
    IMAGE("image", Set.of("png", "jpg", "jpeg", "gif")),
    TEXT("text file", Set.of("txt"));

    private final String label;
    private final Set<String> extensions;

    FileKind(String label, Set<String> extensions) {
        this.label = label;
        this.extensions = extensions;
    }

    public String label() {
        return label;
    }

    public Set<String> extensions() {
        return extensions;
    }

    /** The kind a file name claims by its extension, if it is one the product accepts. */
    public static Optional<FileKind> claimedBy(String fileName) {
        String extension = extension(fileName);
        for (FileKind kind : values()) {
            if (kind.extensions.contains(extension)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The extension in lower case, without the dot; empty when there is none. */
    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1
                ? ""
                : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** What to tell someone whose file is of no accepted kind. */
    public static String acceptedList() {
        return "PDF, Word (.docx, .doc), Excel (.xlsx, .xls), CSV, images (.png, .jpg, .gif) or text (.txt)";
    }
}
