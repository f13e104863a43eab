package uk.scrutiny.domain.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which audit entries to list; a null part matches everything. */
public record AuditFilter(@Nullable String actor, @Nullable String subjectKeyPrefix, @Nullable LocalDate from,
                          @Nullable LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
