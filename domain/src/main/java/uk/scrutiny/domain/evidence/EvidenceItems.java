package uk.scrutiny.domain.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The evidence library. */
public interface EvidenceItems {

    Optional<EvidenceItem> find(EvidenceId id);

    Map<EvidenceId, EvidenceItem> findAll(Collection<EvidenceId> ids);

    /** Adds an item (no id) or updates one, refusing a stale version. */
    EvidenceItem save(EvidenceItem item);

    /** A page of items matching the filter, newest first. */
    List<EvidenceItem> find(EvidenceFilter filter, int offset, int limit);

    long count(EvidenceFilter filter);

    /** The questions that cite the item. */
    List<Citation> citations(EvidenceId id);

    /** An item already holding a file with this content, if any. */
    Optional<EvidenceItem> findBySha256(String sha256);
}
