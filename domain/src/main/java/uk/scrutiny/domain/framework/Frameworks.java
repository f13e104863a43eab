package uk.scrutiny.domain.framework;

import java.util.List;
import java.util.Optional;

/** Every version of every framework. */
public interface Frameworks {

    Optional<Framework> find(FrameworkId id);

    /** The newest version of each family. */
    List<Framework> latestVersions();

    List<Framework> versionsOf(String family);

    /**
     * Saves a new version (no id yet) and returns it with its id.
     *
     * @throws uk.scrutiny.domain.common.ConcurrentChangeException when that version of the family exists already
     */
    Framework add(Framework framework);

    /**
     * Changes a saved version in place, which is allowed only while no review uses it: a version
     * that a review uses is never changed.
     *
     * @return the version with its revision counted on
     * @throws uk.scrutiny.domain.common.ConcurrentChangeException when the stored revision is not the one given, or
     *                                                             a review has begun to use the version
     */
    Framework replace(Framework framework);

    /** Whether any review uses this version: then an edit must make a new version. */
    boolean isInUse(FrameworkId id);
}
