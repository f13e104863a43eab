package uk.scrutiny.application.audit;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.security.Roles;
import uk.scrutiny.domain.audit.AuditEntry;
import uk.scrutiny.domain.audit.AuditFilter;
import uk.scrutiny.domain.audit.AuditTrail;

/** Reading the audit trail: one subject's history for those who read reviews, the whole trail for the manager. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditTrail trail;

    public AuditService(AuditTrail trail) {
        this.trail = trail;
    }

    /** The history of one subject (e.g. one question of one review), oldest first. */
    @PreAuthorize(Roles.READ_LIBRARY)
    public List<AuditEntry> history(String subjectKey) {
        return trail.of(subjectKey);
    }

    @PreAuthorize(Roles.MANAGER)
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return trail.find(filter, offset, limit);
    }

    @PreAuthorize(Roles.MANAGER)
    public long count(AuditFilter filter) {
        return trail.count(filter);
    }
}
