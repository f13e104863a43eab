package uk.scrutiny.application.admin;

import java.util.List;
import java.util.Objects;
import uk.scrutiny.domain.framework.KeyMeasure;
import uk.scrutiny.domain.framework.RagGuidance;
import uk.scrutiny.domain.framework.Step;

/** What an edit of a framework sets: everything but its family key and version. */
public record FrameworkContent(
        String name, String source, RagGuidance guidance, List<KeyMeasure> keyMeasures, List<Step> steps) {

    public FrameworkContent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(guidance, "guidance");
        keyMeasures = List.copyOf(keyMeasures);
        steps = List.copyOf(steps);
    }
}
