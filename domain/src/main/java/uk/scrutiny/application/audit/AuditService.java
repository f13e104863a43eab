package uk.scrutiny.application.audit;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.security.CurrentActor;
import uk.scrutiny.application.security.Roles;
import uk.scrutiny.domain.audit.AuditEntry;
import uk.scrutiny.domain.audit.AuditFilter;
import uk.scrutiny.domain.audit.AuditTrail;
import uk.scrutiny.domain.user.Role;

/**
 * Reading the audit trail: one subject's history for those who read reviews, the whole trail for
 * the manager. Those who read reviews see the history of the scrutiny itself (reviews, their
 * questions, recommended actions, evidence); the history of accounts and reference data is the
 * manager's.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    /** The subject keys whose history everyone who reads reviews may see. */
    private static final List<String> SCRUTINY_SUBJECTS = List.of("review:", "assessment:", "action:", "evidence:");

    private final AuditTrail trail;
    private final CurrentActor actor;

    public AuditService(AuditTrail trail, CurrentActor actor) {
        this.trail = trail;
        this.actor = actor;
    }

    /**
     * The history of one subject (e.g. one question of one review,
     * {@code ReviewService.assessmentKey(id, ref)}), oldest first.
     *
     * @throws AccessDeniedException when the subject is an account or reference data and the caller is not the manager
     */
    @PreAuthorize(Roles.READ_LIBRARY)
    public List<AuditEntry> history(String subjectKey) {
        if (!actor.get().is(Role.MANAGER) && SCRUTINY_SUBJECTS.stream().noneMatch(subjectKey::startsWith)) {
            throw new AccessDeniedException("The history of " + subjectKey + " is for the manager");
        }
        return trail.of(subjectKey);
    }

    /** A page of the whole trail, newest first. */
    @PreAuthorize(Roles.MANAGER)
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return trail.find(filter, offset, limit);
    }

    @PreAuthorize(Roles.MANAGER)
    public long count(AuditFilter filter) {
        return trail.count(filter);
    }

    /** Everyone who has made a change, for choosing whose changes to see. */
    @PreAuthorize(Roles.MANAGER)
    public List<String> actors() {
        return trail.actors();
    }
}
