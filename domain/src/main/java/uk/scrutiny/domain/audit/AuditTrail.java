package uk.scrutiny.domain.audit;

import java.util.List;

/** Every change worth knowing about, kept for good: entries are added, never changed. */
public interface AuditTrail {

    void record(AuditEntry entry);

    default void recordAll(List<AuditEntry> entries) {
        entries.forEach(this::record);
    }

    /** The entries of one subject, oldest first. */
    List<AuditEntry> of(String subjectKey);

    /** A page of entries matching the filter, newest first. */
    List<AuditEntry> find(AuditFilter filter, int offset, int limit);

    long count(AuditFilter filter);

    /** Everyone (and everything, such as {@code system}) that has made a change, in alphabetical order. */
    List<String> actors();
}
