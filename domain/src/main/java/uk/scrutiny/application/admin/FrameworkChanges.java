package uk.scrutiny.application.admin;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.KeyMeasure;
import uk.scrutiny.domain.framework.Question;
import uk.scrutiny.domain.framework.Step;

/** What differs between two versions of a framework, field by field, as the audit trail records it. */
final class FrameworkChanges {

    record Change(
            String field,
            @Nullable String oldValue,
            @Nullable String newValue) {}

    private FrameworkChanges() {}

    static List<Change> between(Framework before, Framework after) {
        List<Change> changes = new ArrayList<>();
        add(changes, "name", before.name(), after.name());
        add(changes, "source", before.source(), after.source());
        add(
                changes,
                "Green guidance",
                before.guidance().green(),
                after.guidance().green());
        add(
                changes,
                "Amber guidance",
                before.guidance().amber(),
                after.guidance().amber());
        add(changes, "Red guidance", before.guidance().red(), after.guidance().red());
        add(
                changes,
                "action-plan guidance",
                before.guidance().actionPlan(),
                after.guidance().actionPlan());
        int measures = Math.max(before.keyMeasures().size(), after.keyMeasures().size());
        for (int i = 0; i < measures; i++) {
            add(changes, "KM" + (i + 1), measureText(before.keyMeasures(), i), measureText(after.keyMeasures(), i));
        }
        int steps = Math.max(before.steps().size(), after.steps().size());
        for (int s = 0; s < steps; s++) {
            Step old = s < before.steps().size() ? before.steps().get(s) : null;
            Step now = s < after.steps().size() ? after.steps().get(s) : null;
            add(changes, "step " + (s + 1), old == null ? null : old.title(), now == null ? null : now.title());
            int questions = Math.max(
                    old == null ? 0 : old.questions().size(),
                    now == null ? 0 : now.questions().size());
            for (int q = 0; q < questions; q++) {
                add(changes, "question " + (s + 1) + "." + (q + 1), question(old, q), question(now, q));
            }
        }
        return changes;
    }

    private static void add(List<Change> changes, String field, @Nullable String before, @Nullable String after) {
        if (before == null ? after != null : !before.equals(after)) {
            changes.add(new Change(field, before, after));
        }
    }

    private static @Nullable String measureText(List<KeyMeasure> measures, int index) {
        return index < measures.size() ? measures.get(index).text() : null;
    }

    private static @Nullable String question(@Nullable Step step, int index) {
        if (step == null || index >= step.questions().size()) {
            return null;
        }
        Question q = step.questions().get(index);
        return q.text() + " (KM" + q.keyMeasure() + ")";
    }
}
