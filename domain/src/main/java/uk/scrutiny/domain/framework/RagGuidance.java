package uk.scrutiny.domain.framework;

import uk.scrutiny.domain.common.Text;

/** How the framework asks each question to be graded: what Green, Amber and Red mean, and the action-plan note. */
public record RagGuidance(String green, String amber, String red, String actionPlan) {

    public RagGuidance {
        green = Text.required(green, "The guidance for Green", 2000);
        amber = Text.required(amber, "The guidance for Amber", 2000);
        red = Text.required(red, "The guidance for Red", 2000);
        actionPlan = Text.required(actionPlan, "The action-plan guidance", 2000);
    }
}
