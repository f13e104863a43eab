package uk.scrutiny.domain.framework;

import java.util.List;
import uk.scrutiny.domain.common.Text;

/** A step of the framework and its questions, numbered {@code step.1}, {@code step.2}, … in order. */
public record Step(int number, String title, List<Question> questions) {

    public Step {
        if (number < 1) {
            throw new IllegalArgumentException("Steps are numbered from 1");
        }
        title = Text.required(title, "Step " + number + "'s title", 300);
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("Step " + number + " needs at least one question");
        }
        for (int i = 0; i < questions.size(); i++) {
            QuestionRef expected = new QuestionRef(number, i + 1);
            if (!questions.get(i).ref().equals(expected)) {
                throw new IllegalArgumentException("Step " + number + "'s questions must be numbered " + number + ".1, "
                        + number + ".2, … in order; found " + questions.get(i).ref() + " where " + expected
                        + " belongs");
            }
        }
    }
}
