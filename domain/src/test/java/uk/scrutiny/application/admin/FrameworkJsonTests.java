package uk.scrutiny.application.admin;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.TestFrameworks;

class FrameworkJsonTests {

    private static final Framework FRAMEWORK = TestFrameworks.of(2, 3);

    private static String exported() {
        return new String(FrameworkJson.write(FRAMEWORK), UTF_8);
    }

    private static Framework read(String json) {
        return FrameworkJson.read(json.getBytes(UTF_8), "framework.json");
    }

    @Test
    void a_written_framework_reads_back_the_same() {
        Framework read = read(exported());

        assertThat(read.id()).isNull();
        assertThat(read.family()).isEqualTo("test");
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.hasSameContentAs(FRAMEWORK)).isTrue();
    }

    @Test
    void the_file_says_what_it_is_and_is_readable_by_people() {
        assertThat(exported())
                .contains("\"format\" : \"safeguarding-scrutiny-framework\"")
                .contains("\"ref\" : \"2.3\"")
                .contains("\n");
    }

    @Test
    void a_file_that_is_not_json_is_refused_with_where_the_error_is() {
        assertThatThrownBy(() -> read("{ \"format\": \"safeguarding-scrutiny-framework\",\n  oops }"))
                .isInstanceOf(FrameworkFileException.class)
                .hasMessageStartingWith("'framework.json' cannot be imported: it is not valid JSON")
                .hasMessageContaining("(line 2, column 3)")
                .hasMessageEndingWith(
                        "Correct the file, or export the framework again, then import it again. Nothing has been saved.");
    }

    @Test
    void a_file_nested_deeper_than_any_framework_is_refused_with_the_limit_it_breaks() {
        assertThatThrownBy(() -> read("[".repeat(5000)))
                .isInstanceOf(FrameworkFileException.class)
                .hasMessageStartingWith(
                        "'framework.json' cannot be imported: it is not a framework file: document nesting depth")
                .hasMessageContaining("exceeds the maximum allowed")
                .hasMessageNotContaining("StreamReadConstraints")
                .hasMessageEndingWith("Nothing has been saved.");
    }

    @Test
    void a_number_longer_than_any_framework_holds_is_refused() {
        String longNumber = exported().replaceFirst("\"version\" : 1", "\"version\" : 1" + "0".repeat(2000));

        assertThatThrownBy(() -> read(longNumber))
                .isInstanceOf(FrameworkFileException.class)
                .hasMessageContaining("it is not a framework file: number value length")
                .hasMessageNotContaining("StreamReadConstraints");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> read("")).hasMessageContaining("cannot be imported: it is empty");
    }

    @Test
    void json_of_something_else_is_refused_as_not_a_framework() {
        assertThatThrownBy(() -> read("{ \"format\": \"invoice\" }"))
                .hasMessageContaining("its \"format\" is \"invoice\", not \"safeguarding-scrutiny-framework\"");
        assertThatThrownBy(() -> read("[1, 2, 3]")).hasMessageContaining("the file is not a JSON object");
    }

    @Test
    void a_missing_field_is_named_with_where_it_is_missing() {
        String withoutTitle = exported().replaceFirst("\"title\" : \"Step 2\",", "");

        assertThatThrownBy(() -> read(withoutTitle)).hasMessageContaining("the 2nd step has no \"title\"");
    }

    @Test
    void a_misspelt_field_is_refused() {
        String misspelt = exported().replaceFirst("\"keyMeasure\" : 1", "\"keyMeasures\" : 1");

        assertThatThrownBy(() -> read(misspelt))
                .hasMessageContaining(
                        "the 1st question of the 1st step has a field \"keyMeasures\" that a framework file does not have");
    }

    @Test
    void a_field_given_twice_is_refused() {
        String twice = exported().replaceFirst("\"name\" : ", "\"name\" : \"One\", \"name\" : ");

        assertThatThrownBy(() -> read(twice))
                .hasMessageContaining("it is not valid JSON: Duplicate Object property \"name\"");
    }

    @Test
    void a_number_written_as_text_is_refused() {
        String text = exported().replaceFirst("\"version\" : 1", "\"version\" : \"one\"");

        assertThatThrownBy(() -> read(text))
                .hasMessageContaining("the file has a \"version\" that is not a whole number");
    }

    @Test
    void a_question_serving_a_key_measure_the_framework_lacks_is_refused_by_the_framework_s_own_rule() {
        String stray = exported().replaceFirst("\"keyMeasure\" : 3", "\"keyMeasure\" : 7");

        assertThatThrownBy(() -> read(stray))
                .hasMessageContaining("in the file: Question 1.3 serves KM7, which this framework does not have");
    }

    @Test
    void questions_out_of_order_are_refused_naming_the_step() {
        String swapped = exported().replaceFirst("\"ref\" : \"2.2\"", "\"ref\" : \"2.9\"");

        assertThatThrownBy(() -> read(swapped))
                .hasMessageContaining(
                        "in the 2nd step: Step 2's questions must be numbered 2.1, 2.2, … in order; found 2.9 where 2.2 belongs");
    }
}
