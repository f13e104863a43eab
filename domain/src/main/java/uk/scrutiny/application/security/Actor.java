package uk.scrutiny.application.security;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.user.Role;

/** Who is acting: a signed-in person, or the system itself (the nightly import, demo data). */
public record Actor(
        String username,
        String displayName,
        @Nullable Role role,
        @Nullable AgencyCode agency) {

    /** The application acting on its own account, e.g. the nightly import. */
    public static final Actor SYSTEM = new Actor("system", "Safeguarding Scrutiny", null, null);

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }

    /** What the person does, for showing beside their name: {@code Partner lead, HEALTH}; empty for the system. */
    public String roleDescription() {
        return role == null ? "" : role.label() + (agency == null ? "" : ", " + agency);
    }

    public boolean isSystem() {
        return role == null;
    }

    /** Whether the actor may act for this agency: anyone but data officers and partner leads, or those of that agency. */
    public boolean mayActFor(@Nullable AgencyCode code) {
        return role == null || !role.actsForOneAgency() || (agency != null && agency.equals(code));
    }
}
