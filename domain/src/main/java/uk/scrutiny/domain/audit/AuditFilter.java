package uk.scrutiny.domain.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which audit entries to list; a null part matches everything.
 *
 * @param subjectKeyPrefix the start of the subject key, e.g. {@code user:} for every user account
 * @param subjectText words the subject contains, in any case, e.g. {@code question 2.3}
 * @param from the first day, in England, inclusive
 * @param to the last day, in England, inclusive
 */
public record AuditFilter(
        @Nullable String actor,
        @Nullable String subjectKeyPrefix,
        @Nullable String subjectText,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        subjectKeyPrefix = blankToNull(subjectKeyPrefix);
        subjectText = blankToNull(subjectText);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException(
                    "The first day comes after the last: choose a first day on or before the last.");
        }
    }

    public AuditFilter(
            @Nullable String actor,
            @Nullable String subjectKeyPrefix,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {
        this(actor, subjectKeyPrefix, null, from, to);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
