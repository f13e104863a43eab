package uk.scrutiny.application.admin;

import uk.scrutiny.domain.framework.FrameworkId;

/**
 * One version of a framework as the administration lists it.
 *
 * @param inUse whether a review uses this version: then an edit makes the next version
 * @param latest whether this is the newest version of its family, the one that is edited
 */
public record FrameworkListItem(
        FrameworkId id,
        String family,
        String name,
        int version,
        int keyMeasures,
        int questions,
        boolean inUse,
        boolean latest) {}
