package uk.scrutiny.domain.action;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.common.Text;

/** A dated update on an action's progress, with the status it moved to, if it moved. */
public record ProgressNote(
        Instant at, String author, String text, @Nullable ActionStatus newStatus) {

    public ProgressNote {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(author, "author");
        text = Text.required(text, "A progress note", 4000);
    }
}
