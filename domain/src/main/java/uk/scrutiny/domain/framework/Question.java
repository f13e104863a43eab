package uk.scrutiny.domain.framework;

import java.util.Objects;
import uk.scrutiny.domain.common.Text;

/** A question of a step, serving one key measure. */
public record Question(QuestionRef ref, String text, int keyMeasure) {

    public Question {
        Objects.requireNonNull(ref, "ref");
        text = Text.required(text, "Question " + ref + "'s text", 2000);
        if (keyMeasure < 1) {
            throw new IllegalArgumentException("Question " + ref + " must serve a key measure");
        }
    }
}
