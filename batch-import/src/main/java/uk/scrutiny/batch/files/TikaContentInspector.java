package uk.scrutiny.batch.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import uk.scrutiny.domain.evidence.CheckedFile;
import uk.scrutiny.domain.evidence.ContentInspector;
import uk.scrutiny.domain.evidence.FileKind;
import uk.scrutiny.domain.evidence.RejectedFileException;

/**
 * Decides what a file is from its bytes with Apache Tika's magic numbers, without looking at its
 * name, then checks that this agrees with the kind the name claims. A Word or Excel file of the
 * 2007 format is a ZIP package: it is told apart by the part it must hold.
 */
@Component
public class TikaContentInspector implements ContentInspector {

    private static final Set<String> OLE2 = Set.of(
            "application/x-tika-msoffice",
            "application/msword",
            "application/vnd.ms-excel",
            "application/x-tika-ooxml-protected");
    private static final Set<String> ZIP = Set.of("application/zip", "application/x-tika-ooxml");

    private final Tika tika = new Tika();

    @Override
    public CheckedFile check(Path file, String claimedName) {
        FileKind claimed = FileKind.claimedBy(claimedName)
                .orElseThrow(() -> new RejectedFileException("'" + claimedName
                        + "' is not a kind of file that can be accepted: send " + FileKind.acceptedList() + "."));
        String detected = detect(file);
        if (!matches(claimed, detected, file)) {
            throw new RejectedFileException(
                    "'" + claimedName + "' is named as a " + claimed.label() + ", but its content is "
                            + describe(detected) + ". Send the file itself, saved as a " + claimed.label() + ".");
        }
        return new CheckedFile(claimed, contentType(claimed, FileKind.extension(claimedName), detected));
    }

    private String detect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String type = tika.detect(in);
            int parameters = type.indexOf(';');
            return (parameters < 0 ? type : type.substring(0, parameters)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean matches(FileKind claimed, String detected, Path file) {
        return switch (claimed) {
            case PDF -> detected.equals("application/pdf");
            case WORD, EXCEL -> OLE2.contains(detected) || (ZIP.contains(detected) && holdsOfficePart(file, claimed));
            case IMAGE -> Set.of("image/png", "image/jpeg", "image/gif").contains(detected);
            case CSV, TEXT -> detected.startsWith("text/");
        };
    }

    private static boolean holdsOfficePart(Path file, FileKind claimed) {
        String part = claimed == FileKind.WORD ? "word/document.xml" : "xl/workbook.xml";
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(part);
            return entry != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static String contentType(FileKind kind, String extension, String detected) {
        return switch (kind) {
            case PDF -> "application/pdf";
            case WORD ->
                extension.equals("doc")
                        ? "application/msword"
                        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case EXCEL ->
                extension.equals("xls")
                        ? "application/vnd.ms-excel"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case CSV -> "text/csv";
            case TEXT -> "text/plain";
            case IMAGE -> detected;
        };
    }

    private static String describe(String detected) {
        return switch (detected) {
            case "application/x-msdownload",
                    "application/x-dosexec",
                    "application/x-executable",
                    "application/x-elf",
                    "application/x-sharedlib",
                    "application/x-mach-o-executable" -> "a program (" + detected + ")";
            case "application/octet-stream" -> "not a recognised document";
            default -> "of type " + detected;
        };
    }
}
