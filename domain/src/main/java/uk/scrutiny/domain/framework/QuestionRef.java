package uk.scrutiny.domain.framework;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a question is referred to: its step and its number within the step, written {@code 2.3}. */
public record QuestionRef(int step, int number) implements Comparable<QuestionRef> {

    private static final Pattern FORM = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})$");

    public QuestionRef {
        if (step < 1 || number < 1) {
            throw new IllegalArgumentException("A question reference is step.number, both from 1, e.g. 2.3");
        }
    }

    /** Reads {@code 2.3}; surrounding spaces ignored. */
    public static QuestionRef parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text.strip() + "' is not a question reference: write step.number, e.g. 2.3");
        }
        return new QuestionRef(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public int compareTo(QuestionRef other) {
        return step != other.step ? Integer.compare(step, other.step) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return step + "." + number;
    }
}
