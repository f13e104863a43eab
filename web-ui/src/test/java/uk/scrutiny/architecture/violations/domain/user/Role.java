package uk.scrutiny.architecture.violations.domain.user;

/** The roles, as the fixtures' actor carries them. */
public enum Role {
    SCRUTINEER,
    MANAGER
}
