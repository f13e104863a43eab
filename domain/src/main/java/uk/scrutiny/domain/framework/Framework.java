package uk.scrutiny.domain.framework;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.common.Text;

/**
 * One version of a framework of questions: named key measures and steps of questions, with the
 * guidance for rating them.
 *
 * <p>Invariants: key measures numbered 1…n in order; steps numbered 1…n in order, each question
 * numbered within its step; every question serves a key measure of this framework. A framework
 * that a review uses is never changed in place: an edit makes the next version
 * ({@link #nextVersion}), and the review keeps the version it began with.
 */
public record Framework(
        @Nullable FrameworkId id,
        String family,
        String name,
        int version,
        String source,
        RagGuidance guidance,
        List<KeyMeasure> keyMeasures,
        List<Step> steps,
        long revision) {

    public Framework {
        family = Text.required(family, "A framework's family key", 60);
        if (!family.matches("^[a-z0-9][a-z0-9-]*$")) {
            throw new IllegalArgumentException(
                    "A framework's family key is lower-case letters, digits and '-': '" + family + "'");
        }
        name = Text.required(name, "A framework's name", 200);
        source = Objects.requireNonNullElse(Text.optional(source, "A framework's source", 2000), "");
        Objects.requireNonNull(guidance, "guidance");
        if (version < 1) {
            throw new IllegalArgumentException("Framework versions start at 1");
        }
        keyMeasures = List.copyOf(keyMeasures);
        steps = List.copyOf(steps);
        if (keyMeasures.isEmpty()) {
            throw new IllegalArgumentException("A framework needs at least one key measure");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A framework needs at least one step");
        }
        for (int i = 0; i < keyMeasures.size(); i++) {
            if (keyMeasures.get(i).number() != i + 1) {
                throw new IllegalArgumentException("Key measures must be numbered 1, 2, … in order");
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).number() != i + 1) {
                throw new IllegalArgumentException("Steps must be numbered 1, 2, … in order");
            }
        }
        Set<Integer> measures = new HashSet<>();
        keyMeasures.forEach(k -> measures.add(k.number()));
        for (Step step : steps) {
            for (Question q : step.questions()) {
                if (!measures.contains(q.keyMeasure())) {
                    throw new IllegalArgumentException("Question " + q.ref() + " serves KM" + q.keyMeasure()
                            + ", which this framework does not have");
                }
            }
        }
    }

    public Stream<Question> questions() {
        return steps.stream().flatMap(s -> s.questions().stream());
    }

    public int questionCount() {
        return (int) questions().count();
    }

    public Optional<Question> question(QuestionRef ref) {
        return questions().filter(q -> q.ref().equals(ref)).findFirst();
    }

    public Question requireQuestion(QuestionRef ref) {
        return question(ref)
                .orElseThrow(() ->
                        new IllegalArgumentException("Question " + ref + " is not in " + name + " version " + version));
    }

    public KeyMeasure keyMeasure(int number) {
        return keyMeasures.get(number - 1);
    }

    /** The name with its version, e.g. {@code Six Steps for Independent Scrutiny (version 1)}. */
    public String label() {
        return name + " (version " + version + ")";
    }

    /** The next version of this framework with new content, not yet saved. */
    public Framework nextVersion(
            String newName,
            String newSource,
            RagGuidance newGuidance,
            List<KeyMeasure> newMeasures,
            List<Step> newSteps) {
        return new Framework(null, family, newName, version + 1, newSource, newGuidance, newMeasures, newSteps, 0);
    }

    /** This version with new content, to change in place while no review uses it; not yet saved. */
    public Framework withContent(
            String newName,
            String newSource,
            RagGuidance newGuidance,
            List<KeyMeasure> newMeasures,
            List<Step> newSteps) {
        return new Framework(id, family, newName, version, newSource, newGuidance, newMeasures, newSteps, revision);
    }

    /** Whether the other framework asks the same: same name, source, guidance, key measures and steps. */
    public boolean hasSameContentAs(Framework other) {
        return name.equals(other.name)
                && source.equals(other.source)
                && guidance.equals(other.guidance)
                && keyMeasures.equals(other.keyMeasures)
                && steps.equals(other.steps);
    }

    /** A copy under a new family key, as version 1, not yet saved. */
    public Framework copyAs(String newFamily, String newName) {
        return new Framework(null, newFamily, newName, 1, source, guidance, keyMeasures, steps, 0);
    }

    public Framework withId(FrameworkId newId) {
        return new Framework(newId, family, name, version, source, guidance, keyMeasures, steps, revision);
    }
}
