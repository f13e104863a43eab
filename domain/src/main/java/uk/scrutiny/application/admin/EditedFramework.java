package uk.scrutiny.application.admin;

import uk.scrutiny.domain.framework.Framework;

/**
 * The outcome of an edit.
 *
 * @param asNewVersion whether the edit made the next version (because a review uses the one edited)
 *                     rather than changing it in place
 */
public record EditedFramework(Framework framework, boolean asNewVersion) {}
