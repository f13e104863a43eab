package uk.scrutiny.application.security;

import java.util.EnumSet;
import java.util.Set;
import uk.scrutiny.domain.user.Role;

/**
 * Who may do what: the permissions table of the README, one constant a row. The application services
 * enforce each with its {@code @PreAuthorize} expression ({@link #expression()}, one of {@link Roles});
 * views never decide from a role, they ask a service, which answers from here, so that a page and the
 * service behind it cannot disagree. A test checks that each expression grants exactly these roles.
 */
public enum Permission {
    /** Reading the evidence library and the whole action plan: everyone but data officers. */
    READ_LIBRARY(Roles.READ_LIBRARY, Role.BUSINESS_UNIT, Role.MANAGER, Role.SCRUTINEER, Role.PARTNER_LEAD),
    /** Ratings, commentary, overall judgement, recommended actions and sign-off: the scrutineer alone. */
    ASSESS(Roles.SCRUTINEER, Role.SCRUTINEER),
    /** Progress notes and action status: partnership roles, and partner leads for their own agency's actions. */
    REPORT_PROGRESS(Roles.ACTION_PROGRESS, Role.BUSINESS_UNIT, Role.MANAGER, Role.SCRUTINEER, Role.PARTNER_LEAD),
    /** Filing, uploading and linking evidence; creating, handing over and reopening reviews; the import. */
    RUN_SCRUTINY(Roles.BUSINESS_UNIT, Role.BUSINESS_UNIT, Role.MANAGER),
    /** Citing evidence in a question: the business unit or the scrutineer. */
    CITE_EVIDENCE(Roles.CITE_EVIDENCE, Role.BUSINESS_UNIT, Role.MANAGER, Role.SCRUTINEER),
    /** Sending scorecards: the business unit for any agency, a data officer for their own. */
    SEND_SCORECARDS(Roles.SEND_SCORECARDS, Role.BUSINESS_UNIT, Role.MANAGER, Role.DATA_OFFICER),
    /** Publishing, deleting kept refused uploads, importing review archives and the administration pages. */
    MANAGE(Roles.MANAGER, Role.MANAGER);

    private final String expression;
    private final Set<Role> roles;

    Permission(String expression, Role first, Role... rest) {
        this.expression = expression;
        this.roles = EnumSet.of(first, rest);
    }

    /** The {@code @PreAuthorize} expression that enforces it in the services. */
    public String expression() {
        return expression;
    }

    public boolean isGrantedTo(Role role) {
        return roles.contains(role);
    }

    /**
     * Whether the actor holds it. The system itself (the nightly import) acts with the business unit's
     * permissions.
     */
    public boolean isGrantedTo(Actor actor) {
        Role role = actor.role();
        return role == null ? isGrantedTo(Role.BUSINESS_UNIT) : isGrantedTo(role);
    }
}
