package uk.scrutiny.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.scrutiny.domain.evidence.RejectedUpload;
import uk.scrutiny.persistence.TestFiles;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.ui.RefusedView;

/** The upload in the evidence library, refused, then found on the Rejected uploads page with its reason. */
@DemoApplicationTest
class RejectedUploadsViewTests extends SpringBrowserlessTest {

    @SuppressWarnings("unchecked")
    private Grid<RejectedUpload> grid() {
        return find(Grid.class).single();
    }

    private String lastNotification() {
        Notification notification = find(Notification.class).last();
        var spans = find(Span.class, notification);
        return spans.exists()
                ? spans.all().getFirst().getText()
                : test(notification).getText();
    }

    private void uploadRenamedProgram() {
        navigate(EvidenceLibraryView.class);
        test(find(Upload.class).single()).upload("minutes.pdf", "application/pdf", TestFiles.windowsProgram());
    }

    @Test
    @WithUserDetails("officer")
    void a_renamed_program_uploaded_to_the_library_is_refused_and_listed_with_its_reason() throws Exception {
        uploadRenamedProgram();

        assertThat(lastNotification())
                .startsWith("File refused: 'minutes.pdf' is named as a PDF document, but its content is a program")
                .contains("kept apart, for the business unit to check, under Rejected uploads");

        navigate(RejectedUploadsView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Rejected uploads");
        var rows = test(grid());
        RejectedUpload newest = rows.getRow(0);
        assertThat(rows.getCellText(0, rows.getColumnPosition("name"))).isEqualTo("minutes.pdf");
        assertThat(rows.getCellText(0, rows.getColumnPosition("uploadedBy"))).isEqualTo("officer");
        assertThat(rows.getCellText(0, 0)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(rows.getCellText(0, rows.getColumnPosition("cause"))).isEqualTo("Content not accepted");
        assertThat(newest.reason()).contains("its content is a program");
        var keptFile = rows.getCellComponent(0, rows.getColumnPosition("keptFile"));
        Anchor download = find(Anchor.class, keptFile).single();
        assertThat(download.getText()).isEqualTo("Download rejected-upload-" + newest.id() + "-minutes.pdf.bin");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        test(download).download(bytes);
        assertThat(bytes.toByteArray()).isEqualTo(TestFiles.windowsProgram());
        assertThat(find(Button.class, keptFile).withText("Delete file").exists())
                .as("an officer deletes nothing")
                .isFalse();
    }

    @Test
    @WithUserDetails("officer")
    void a_file_the_browser_refused_for_its_size_is_recorded_and_the_officer_told_so() {
        navigate(EvidenceLibraryView.class);
        Upload upload = find(Upload.class).single();

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, NewEvidenceForms.TOO_BIG, "Scanned minutes.pdf"));

        assertThat(lastNotification())
                .startsWith("File refused: 'Scanned minutes.pdf' is larger than the limit of 25.0 MB")
                .contains("a record of this upload has been kept for the business unit under Rejected uploads");
        navigate(RejectedUploadsView.class);
        var rows = test(grid());
        assertThat(rows.getCellText(0, rows.getColumnPosition("name"))).isEqualTo("Scanned minutes.pdf");
        assertThat(rows.getCellText(0, rows.getColumnPosition("size"))).isEqualTo("Not received");
        assertThat(find(Span.class, rows.getCellComponent(0, rows.getColumnPosition("keptFile")))
                        .single()
                        .getText())
                .isEqualTo("Not kept: over the size limit");
    }

    @Test
    @WithUserDetails("manager")
    void the_manager_deletes_a_kept_file_and_the_record_stays() {
        uploadRenamedProgram();
        navigate(RejectedUploadsView.class);
        var rows = test(grid());
        int keptFile = rows.getColumnPosition("keptFile");

        test(find(Button.class, rows.getCellComponent(0, keptFile))
                        .withText("Delete file")
                        .single())
                .click();
        Dialog dialog = find(Dialog.class).single();
        test(find(Button.class, dialog).withText("Delete the file").single()).click();

        assertThat(lastNotification()).isEqualTo("Kept file of 'minutes.pdf' deleted.");
        assertThat(rows.getRow(0).fileDeletedBy()).isEqualTo("manager");
        assertThat(find(Span.class, rows.getCellComponent(0, keptFile)).single().getText())
                .startsWith("Deleted by manager on ");
    }

    @Test
    @WithUserDetails("scrutineer")
    void the_scrutineer_cannot_open_rejected_uploads() {
        navigate("evidence/rejected", RefusedView.class);
        assertThat(find(Grid.class).exists()).isFalse();
    }
}
