package uk.scrutiny.domain.partnership;

import java.util.List;
import java.util.Optional;

/** The agency register. */
public interface Agencies {

    List<Agency> all();

    Optional<Agency> find(AgencyCode code);

    /** Adds or updates by code; refuses a stale version. */
    Agency save(Agency agency);
}
