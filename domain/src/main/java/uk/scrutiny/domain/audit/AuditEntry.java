package uk.scrutiny.domain.audit;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One change, as the audit trail keeps it: who changed which field of what, when, from what to what.
 *
 * @param subject what was changed, e.g. {@code review 3 question 2.3}, {@code user jsmith}
 * @param subjectKey a key to find every entry of one subject, e.g. {@code assessment:3:2.3}
 */
public record AuditEntry(
        @Nullable Long id,
        Instant at,
        String actor,
        String subjectKey,
        String subject,
        String field,
        @Nullable String oldValue,
        @Nullable String newValue) {

    private static final int MAX_VALUE = 4000;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(field, "field");
        oldValue = cut(oldValue);
        newValue = cut(newValue);
    }

    public static AuditEntry of(
            Instant at,
            String actor,
            String subjectKey,
            String subject,
            String field,
            @Nullable Object oldValue,
            @Nullable Object newValue) {
        return new AuditEntry(
                null,
                at,
                actor,
                subjectKey,
                subject,
                field,
                oldValue == null ? null : oldValue.toString(),
                newValue == null ? null : newValue.toString());
    }

    private static @Nullable String cut(@Nullable String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }
}
