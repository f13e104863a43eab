package uk.scrutiny.architecture.violations.application.security;

import uk.scrutiny.architecture.violations.domain.user.Role;

/** The signed-in person, as the fixtures' views might be tempted to read. */
public record Actor(String username, Role role) {

    public boolean is(Role wanted) {
        return role == wanted;
    }
}
