package uk.scrutiny.domain.review;

import uk.scrutiny.domain.framework.QuestionRef;

/** A rule of the framework's guidance that a question's assessment breaks, with what to do about it. */
public record RuleBreach(QuestionRef question, Kind kind) {

    public enum Kind {
        NOT_RATED("is not rated yet: give it a rating."),
        GREEN_NEEDS_APPROVED_EVIDENCE(
                "is rated Green, which needs at least one approved evidence item: cite one (draft minutes do not count)."),
        AMBER_NEEDS_EVIDENCE(
                "is rated Amber, which needs evidence of what is going well: cite at least one evidence item."),
        NEEDS_ACTION_PLAN("has no recommended action: every rating, Green, Amber or Red, still needs an action plan.");

        private final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    /** E.g. {@code Question 2.3 is not rated yet: give it a rating.} */
    public String message() {
        return "Question " + question + " " + kind.text;
    }
}
