package uk.scrutiny.application.audit;

import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.scrutiny.application.security.CurrentActor;
import uk.scrutiny.domain.audit.AuditEntry;
import uk.scrutiny.domain.audit.AuditTrail;

/** Records changes in the audit trail as the current actor, at the clock's time; unchanged values are not recorded. */
@Component
public class Auditor {

    private final AuditTrail trail;
    private final CurrentActor actor;
    private final Clock clock;

    public Auditor(AuditTrail trail, CurrentActor actor, Clock clock) {
        this.trail = trail;
        this.actor = actor;
        this.clock = clock;
    }

    public void changed(
            String subjectKey, String subject, String field, @Nullable Object oldValue, @Nullable Object newValue) {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        trail.record(
                AuditEntry.of(clock.instant(), actor.get().username(), subjectKey, subject, field, oldValue, newValue));
    }
}
