package uk.scrutiny.batch.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.scrutiny.domain.evidence.FileKind;
import uk.scrutiny.domain.evidence.RejectedFileException;
import uk.scrutiny.persistence.TestFiles;

class TikaContentInspectorTests {

    @TempDir
    Path dir;

    private final TikaContentInspector inspector = new TikaContentInspector();

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path zipWith(String name, String part) throws IOException {
        Path path = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(path);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return path;
    }

    @Test
    void a_pdf_is_accepted_as_a_pdf() throws IOException {
        Path pdf = file("minutes.pdf", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(inspector.check(pdf, "minutes.pdf").kind()).isEqualTo(FileKind.PDF);
    }

    @Test
    void a_renamed_executable_is_refused_saying_what_it_is() throws IOException {
        byte[] exe = TestFiles.windowsProgram();
        Path renamed = file("minutes.pdf", exe);
        assertThatThrownBy(() -> inspector.check(renamed, "minutes.pdf"))
                .isInstanceOf(RejectedFileException.class)
                .hasMessageContaining("named as a PDF document, but its content is a program");
    }

    @Test
    void a_word_file_is_told_from_an_excel_file_by_its_parts() throws IOException {
        Path docx = zipWith("report.docx", "word/document.xml");
        assertThat(inspector.check(docx, "report.docx").contentType()).endsWith("wordprocessingml.document");
        assertThatThrownBy(() -> inspector.check(docx, "report.xlsx")).isInstanceOf(RejectedFileException.class);
        Path xlsx = zipWith("scorecard.xlsx", "xl/workbook.xml");
        assertThat(inspector.check(xlsx, "scorecard.xlsx").kind()).isEqualTo(FileKind.EXCEL);
    }

    @Test
    void csv_text_is_accepted_and_a_name_of_no_accepted_kind_is_refused() throws IOException {
        Path csv = file("police.csv", "agency,period\nPOLICE,2022/23 Q2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(inspector.check(csv, "police.csv").kind()).isEqualTo(FileKind.CSV);
        assertThatThrownBy(() -> inspector.check(csv, "police.exe"))
                .hasMessageContaining("not a kind of file that can be accepted");
    }

    @Test
    void a_png_named_as_a_pdf_is_refused() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path image = file("scan.pdf", png);
        assertThatThrownBy(() -> inspector.check(image, "scan.pdf")).hasMessageContaining("of type image/png");
    }
}
