package uk.scrutiny.application.security;

/**
 * Authority expressions for {@code @PreAuthorize}, one per row of the permissions table, so that
 * every service names a permission rather than a list of roles.
 */
public final class Roles {

    public static final String SIGNED_IN = "isAuthenticated()";
    /** Ratings, commentary, overall judgement, recommended actions, sign-off: the scrutineer alone. */
    public static final String SCRUTINEER = "hasRole('SCRUTINEER')";
    /** Filing evidence, creating reviews, reopening: the business unit. */
    public static final String BUSINESS_UNIT = "hasAnyRole('BUSINESS_UNIT', 'MANAGER')";
    /** Publishing, administration: the business unit manager. */
    public static final String MANAGER = "hasRole('MANAGER')";
    /** Citing evidence in a question: the business unit or the scrutineer. */
    public static final String CITE_EVIDENCE = "hasAnyRole('BUSINESS_UNIT', 'MANAGER', 'SCRUTINEER')";
    /** Reading the evidence library and the whole action plan: everyone but data officers. */
    public static final String READ_LIBRARY = "hasAnyRole('BUSINESS_UNIT', 'MANAGER', 'SCRUTINEER', 'PARTNER_LEAD')";
    /** Progress notes and action status: partnership roles, and partner leads for their own agency. */
    public static final String ACTION_PROGRESS = "hasAnyRole('BUSINESS_UNIT', 'MANAGER', 'SCRUTINEER', 'PARTNER_LEAD')";

    /** Sending scorecards: the business unit for any agency, a data officer for their own (checked in the service). */
    public static final String SEND_SCORECARDS = "hasAnyRole('BUSINESS_UNIT', 'MANAGER', 'DATA_OFFICER')";

    private Roles() {}
}
