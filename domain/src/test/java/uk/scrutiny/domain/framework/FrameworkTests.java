package uk.scrutiny.domain.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkTests {

    @Test
    void questions_are_found_by_reference() {
        Framework framework = TestFrameworks.of(3, 4);
        assertThat(framework.questionCount()).isEqualTo(12);
        assertThat(framework.requireQuestion(QuestionRef.parse("2.3")).keyMeasure())
                .isEqualTo(3);
        assertThat(framework.question(QuestionRef.parse("4.1"))).isEmpty();
    }

    @Test
    void a_question_numbered_out_of_order_is_refused() {
        assertThatThrownBy(() -> new Step(
                        1,
                        "Step 1",
                        List.of(
                                new Question(QuestionRef.parse("1.1"), "One?", 1),
                                new Question(QuestionRef.parse("1.3"), "Three?", 1))))
                .hasMessageContaining("1.3");
    }

    @Test
    void a_question_serving_an_unknown_key_measure_is_refused() {
        Step step = new Step(1, "Step 1", List.of(new Question(QuestionRef.parse("1.1"), "One?", 2)));
        assertThatThrownBy(() -> new Framework(
                        null,
                        "f",
                        "F",
                        1,
                        "",
                        TestFrameworks.guidance(),
                        List.of(new KeyMeasure(1, "Only")),
                        List.of(step),
                        0))
                .hasMessageContaining("KM2");
    }

    @Test
    void an_edit_makes_the_next_version_of_the_same_family() {
        Framework v1 = TestFrameworks.of(1, 2);
        Framework v2 = v1.nextVersion("Renamed", "", v1.guidance(), v1.keyMeasures(), v1.steps());
        assertThat(v2.family()).isEqualTo(v1.family());
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.id()).isNull();
    }

    @Test
    void a_question_reference_reads_step_and_number() {
        assertThat(QuestionRef.parse(" 2.3 ")).isEqualTo(new QuestionRef(2, 3));
        assertThatThrownBy(() -> QuestionRef.parse("2-3")).hasMessageContaining("step.number");
    }
}
