package uk.scrutiny.application.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.audit.Auditor;
import uk.scrutiny.application.security.CurrentActor;
import uk.scrutiny.application.security.Roles;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.evidence.EvidenceFilter;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.evidence.EvidenceItems;
import uk.scrutiny.domain.evidence.EvidenceSource;
import uk.scrutiny.domain.evidence.EvidenceType;
import uk.scrutiny.domain.partnership.AgencyCode;

/** The evidence library: finding items, what cites them, and filing web links. */
@Service
@Transactional(readOnly = true)
public class EvidenceService {

    private final EvidenceItems items;
    private final CurrentActor actor;
    private final Auditor auditor;
    private final Clock clock;

    public EvidenceService(EvidenceItems items, CurrentActor actor, Auditor auditor, Clock clock) {
        this.items = items;
        this.actor = actor;
        this.auditor = auditor;
        this.clock = clock;
    }

    @PreAuthorize(Roles.READ_LIBRARY)
    public List<EvidenceItem> find(EvidenceFilter filter, int offset, int limit) {
        return items.find(filter, offset, limit);
    }

    @PreAuthorize(Roles.READ_LIBRARY)
    public long count(EvidenceFilter filter) {
        return items.count(filter);
    }

    @PreAuthorize(Roles.READ_LIBRARY)
    public EvidenceDetails details(EvidenceId id) {
        EvidenceItem item = items.find(id).orElseThrow(() -> new NotFoundException("There is no evidence item " + id));
        return new EvidenceDetails(item, items.citations(id));
    }

    /**
     * Files a web page as evidence.
     *
     * @param address an {@code https://} address; anything else is refused with the reason
     */
    @Transactional
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public EvidenceItem addLink(String title, String address, LocalDate date, @Nullable AgencyCode owner) {
        URI link;
        try {
            link = new URI(address.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + address.strip() + "' is not a web address: copy it from the browser's address bar", e);
        }
        EvidenceItem saved = items.save(new EvidenceItem(null, EvidenceType.WEB_LINK, title, date, owner,
                EvidenceSource.LINK, null, null, EvidenceItem.requireHttps(link), false, null, null, null,
                clock.instant(), actor.get().username(), 0));
        auditor.changed("evidence:" + saved.id(), "Evidence item '" + saved.title() + "'", "added", null, link);
        return saved;
    }
}
