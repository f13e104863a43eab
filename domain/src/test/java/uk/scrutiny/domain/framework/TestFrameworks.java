package uk.scrutiny.domain.framework;

import java.util.ArrayList;
import java.util.List;

/** Small frameworks for tests. */
public final class TestFrameworks {

    private TestFrameworks() {}

    /** A framework of {@code steps} steps of {@code questionsPerStep} questions, each serving KM1…KMn in turn. */
    public static Framework of(int steps, int questionsPerStep) {
        List<KeyMeasure> measures = new ArrayList<>();
        for (int k = 1; k <= questionsPerStep; k++) {
            measures.add(new KeyMeasure(k, "Key measure " + k));
        }
        List<Step> stepList = new ArrayList<>();
        for (int s = 1; s <= steps; s++) {
            List<Question> questions = new ArrayList<>();
            for (int q = 1; q <= questionsPerStep; q++) {
                questions.add(new Question(new QuestionRef(s, q), "Question " + s + "." + q + "?", q));
            }
            stepList.add(new Step(s, "Step " + s, questions));
        }
        return new Framework(new FrameworkId(1), "test", "Test framework", 1, "", guidance(), measures, stepList, 0);
    }

    public static RagGuidance guidance() {
        return new RagGuidance(
                "Positive, with evidence",
                "Partly positive, with work to do",
                "Not confirmed",
                "Every response needs an action plan");
    }
}
