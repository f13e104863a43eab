package uk.scrutiny.ui.admin;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.admin.FrameworkAdminService;
import uk.scrutiny.application.admin.FrameworkListItem;
import uk.scrutiny.support.DemoApplicationTest;

/** The manager's frameworks on screen: the versions, a version in full, editing, copying, export and import. */
@DemoApplicationTest
@Transactional
@WithUserDetails("manager")
class FrameworkViewTests extends SpringBrowserlessTest {

    @Autowired
    FrameworkAdminService frameworks;

    private FrameworkListItem sixSteps() {
        return frameworks.frameworks().stream()
                .filter(f -> f.family().equals("six-steps"))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<FrameworkListItem> grid() {
        return find(Grid.class).single();
    }

    private byte[] exported() {
        navigate(FrameworkListView.class);
        Anchor export = find(Anchor.class, test(grid()).getCellComponent(0, 6))
                .withText("Export")
                .single();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(export).download(out);
        return out.toByteArray();
    }

    @Test
    void every_version_is_listed_with_whether_a_review_uses_it() {
        navigate(FrameworkListView.class);

        var row = test(grid());
        assertThat(row.size()).isEqualTo(1);
        assertThat(row.getRow(0).name()).isEqualTo("Six Steps for Independent Scrutiny (adapted)");
        assertThat(row.getCellText(0, 4)).isEqualTo("Yes");
        assertThat(row.getCellText(0, 5)).isEqualTo("Newest");
    }

    @Test
    void the_export_link_downloads_the_framework_as_json() {
        assertThat(new String(exported(), UTF_8))
                .contains("\"format\" : \"safeguarding-scrutiny-framework\"")
                .contains("\"family\" : \"six-steps\"");
    }

    @Test
    void an_uploaded_framework_file_with_a_new_key_is_imported() {
        String json = new String(exported(), UTF_8).replace("\"family\" : \"six-steps\"", "\"family\" : \"neighbour\"");
        test(find(Upload.class).single()).upload("neighbour.json", "application/json", json.getBytes(UTF_8));

        assertThat(find(Paragraph.class)
                        .withClassName("import-outcome")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Imported as Six Steps for Independent Scrutiny (adapted) (version 1).");
        assertThat(test(grid()).size()).isEqualTo(2);
    }

    @Test
    void a_malformed_upload_is_refused_with_the_reason() {
        navigate(FrameworkListView.class);
        test(find(Upload.class).single()).upload("notes.json", "application/json", "{ \"format\": ".getBytes(UTF_8));

        Paragraph outcome =
                find(Paragraph.class).withClassName("import-outcome").single();
        assertThat(outcome.getText()).startsWith("'notes.json' cannot be imported: it is not valid JSON");
        assertThat(outcome.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(test(grid()).size()).isEqualTo(1);
    }

    @Test
    void a_file_nested_deeper_than_any_framework_is_refused_with_the_reason_and_nothing_is_added() {
        navigate(FrameworkListView.class);
        test(find(Upload.class).single())
                .upload("nested.json", "application/json", "[".repeat(5000).getBytes(UTF_8));

        Paragraph outcome =
                find(Paragraph.class).withClassName("import-outcome").single();
        assertThat(outcome.getText())
                .startsWith("'nested.json' cannot be imported: it is not a framework file: document nesting depth")
                .endsWith(
                        "Correct the file, or export the framework again, then import it again. Nothing has been saved.");
        assertThat(outcome.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(frameworks.frameworks()).hasSize(1);
    }

    @Test
    void json_that_is_not_a_framework_is_refused_saying_what_it_is_not() {
        navigate(FrameworkListView.class);
        byte[] other = "{ \"format\": \"invoice\", \"total\": 12 }".getBytes(UTF_8);
        test(find(Upload.class).single()).upload("invoice.json", "application/json", other);

        assertThat(find(Paragraph.class)
                        .withClassName("import-outcome")
                        .single()
                        .getText())
                .isEqualTo(
                        "'invoice.json' cannot be imported: its \"format\" is \"invoice\", not \"safeguarding-scrutiny-framework\": "
                                + "it is not a framework exported from Safeguarding Scrutiny. Correct the file, or export the framework "
                                + "again, then import it again. Nothing has been saved.");
        assertThat(frameworks.frameworks()).hasSize(1);
    }

    @Test
    void a_version_in_use_says_that_an_edit_makes_the_next_version() {
        navigate(
                FrameworkView.class, Map.of("id", String.valueOf(sixSteps().id().value())));

        assertThat(find(H1.class).single().getText())
                .isEqualTo("Six Steps for Independent Scrutiny (adapted) (version 1)");
        assertThat(find(Paragraph.class)
                        .withClassName("framework-status")
                        .single()
                        .getText())
                .isEqualTo(
                        "A review uses this version: saving an edit makes version 2, and the reviews keep this one.");
    }

    @Test
    void editing_a_version_in_use_saves_the_next_version() {
        navigate(
                FrameworkEditView.class,
                Map.of("id", String.valueOf(sixSteps().id().value())));
        TextArea question = find(TextArea.class).withLabel("Question 1.1").single();
        test(question).setValue("Are the arrangements published, and understood by every agency?");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(find(H1.class).single().getText())
                .isEqualTo("Six Steps for Independent Scrutiny (adapted) (version 2)");
        assertThat(frameworks.frameworks())
                .extracting(FrameworkListItem::version)
                .containsExactly(2, 1);
    }

    @Test
    void a_blank_question_is_marked_with_what_to_do_and_nothing_is_saved() {
        navigate(
                FrameworkEditView.class,
                Map.of("id", String.valueOf(sixSteps().id().value())));
        TextArea question = find(TextArea.class).withLabel("Question 2.3").single();
        test(question).setValue("");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(question.isInvalid()).isTrue();
        assertThat(question.getErrorMessage()).isEqualTo("Write question 2.3, or remove it.");
        assertThat(find(Paragraph.class).withClassName("form-error").single().getText())
                .isEqualTo("Some fields need your attention: each says what to do.");
        assertThat(frameworks.frameworks()).hasSize(1);
    }

    @Test
    void a_question_added_to_a_step_is_numbered_after_the_others() {
        navigate(
                FrameworkEditView.class,
                Map.of("id", String.valueOf(sixSteps().id().value())));
        test(find(TextArea.class).withLabel("KM1").single()).setValue("Edited key measure, kept when the lists change");
        test(find(Button.class).withText("Add a question to step 3").single()).click();

        assertThat(find(TextArea.class).withLabel("Question 3.5").exists()).isTrue();
        assertThat(find(TextArea.class).withLabel("KM1").single().getValue())
                .isEqualTo("Edited key measure, kept when the lists change");
    }

    @Test
    void a_copy_gets_a_key_of_its_own_and_opens() {
        navigate(FrameworkListView.class);
        test(find(Button.class, test(grid()).getCellComponent(0, 6))
                        .withText("Copy")
                        .single())
                .click();
        test(find(TextField.class).withLabel("Key of the new framework").single())
                .setValue("six-steps-2024");
        test(find(TextField.class).withLabel("Name of the new framework").single())
                .setValue("Six Steps, 2024 pilot");
        test(find(Button.class).withText("Make the copy").single()).click();

        assertThat(find(H1.class).single().getText()).isEqualTo("Six Steps, 2024 pilot (version 1)");
        assertThat(find(Paragraph.class)
                        .withClassName("framework-status")
                        .single()
                        .getText())
                .isEqualTo("No review uses this version yet: an edit changes it in place.");
    }
}
