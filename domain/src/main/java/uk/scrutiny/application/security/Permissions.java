package uk.scrutiny.application.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.scrutiny.domain.partnership.AgencyCode;

/**
 * What the signed-in person may do, from {@link Permission}. Services answer their views' questions
 * ("may this person publish?") through it, and check agency-scoped permissions with it; views never
 * look at a role themselves.
 */
@Component
public class Permissions {

    private final CurrentActor actor;

    public Permissions(CurrentActor actor) {
        this.actor = actor;
    }

    public boolean may(Permission permission) {
        return permission.isGrantedTo(actor.get());
    }

    /**
     * For work on one agency's things (an action it owns, its scorecard): the permission, and, for a
     * role that acts for one agency (data officer, partner lead), that agency being theirs. Nobody of
     * such a role may act on something no agency owns.
     */
    public boolean mayFor(Permission permission, @Nullable AgencyCode agency) {
        Actor me = actor.get();
        return permission.isGrantedTo(me) && me.mayActFor(agency);
    }

    /** @throws AccessDeniedException with the reason, when {@link #mayFor} says no */
    public void requireFor(Permission permission, @Nullable AgencyCode agency, String refusal) {
        if (!mayFor(permission, agency)) {
            throw new AccessDeniedException(refusal);
        }
    }

    /** The one agency the person acts for, when their role is limited to one (data officer, partner lead). */
    public @Nullable AgencyCode ownAgency() {
        Actor me = actor.get();
        return me.role() != null && me.role().actsForOneAgency() ? me.agency() : null;
    }
}
