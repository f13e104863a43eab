package uk.scrutiny.domain.framework;

import java.util.List;
import java.util.Optional;

/** Every version of every framework. */
public interface Frameworks {

    Optional<Framework> find(FrameworkId id);

    /** The newest version of each family. */
    List<Framework> latestVersions();

    List<Framework> versionsOf(String family);

    /** Saves a new version (no id yet) and returns it with its id. Saved versions are never changed. */
    Framework add(Framework framework);

    /** Whether any review uses this version: then an edit must make a new version. */
    boolean isInUse(FrameworkId id);
}
