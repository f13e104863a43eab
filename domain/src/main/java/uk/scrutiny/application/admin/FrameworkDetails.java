package uk.scrutiny.application.admin;

import uk.scrutiny.domain.framework.Framework;

/**
 * One version of a framework with what decides how it may be edited.
 *
 * @param inUse whether a review uses it: an edit then makes the next version, and the review keeps this one
 * @param latestVersion the newest version of its family; only that one is edited
 */
public record FrameworkDetails(Framework framework, boolean inUse, int latestVersion) {

    public boolean isLatest() {
        return framework.version() == latestVersion;
    }
}
