package uk.scrutiny.application.admin;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.audit.Auditor;
import uk.scrutiny.application.security.Roles;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.Frameworks;
import uk.scrutiny.domain.partnership.Agencies;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.partnership.MeetingBodies;
import uk.scrutiny.domain.partnership.MeetingBody;
import uk.scrutiny.domain.partnership.Partnership;
import uk.scrutiny.domain.partnership.Partnerships;
import uk.scrutiny.domain.scorecard.Indicator;
import uk.scrutiny.domain.scorecard.Indicators;

/** The registers everyone reads and the manager keeps: agencies, meeting bodies, indicators, frameworks. */
@Service
@Transactional(readOnly = true)
public class ReferenceDataService {

    private final Partnerships partnerships;
    private final Agencies agencies;
    private final MeetingBodies meetingBodies;
    private final Indicators indicators;
    private final Frameworks frameworks;
    private final Auditor auditor;

    public ReferenceDataService(Partnerships partnerships, Agencies agencies, MeetingBodies meetingBodies,
                                Indicators indicators, Frameworks frameworks, Auditor auditor) {
        this.partnerships = partnerships;
        this.agencies = agencies;
        this.meetingBodies = meetingBodies;
        this.indicators = indicators;
        this.frameworks = frameworks;
        this.auditor = auditor;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public Partnership partnership() {
        return partnerships.current();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public List<Agency> agencies() {
        return agencies.all();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public List<MeetingBody> meetingBodies() {
        return meetingBodies.all();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public List<Indicator> indicators() {
        return indicators.all();
    }

    /** The newest version of each framework. */
    @PreAuthorize(Roles.SIGNED_IN)
    public List<Framework> frameworks() {
        return frameworks.latestVersions();
    }

    @Transactional
    @PreAuthorize(Roles.MANAGER)
    public Agency save(Agency agency) {
        Agency before = agencies.find(agency.code()).orElse(null);
        checkVersion(before == null ? 0 : before.version(), agency.version(), "Agency " + agency.code());
        Agency saved = agencies.save(agency);
        auditor.changed("agency:" + agency.code(), "Agency " + agency.code(), "details",
                before == null ? null : describe(before), describe(saved));
        return saved;
    }

    @Transactional
    @PreAuthorize(Roles.MANAGER)
    public MeetingBody save(MeetingBody body) {
        MeetingBody before = meetingBodies.find(body.code()).orElse(null);
        checkVersion(before == null ? 0 : before.version(), body.version(), "Meeting body " + body.code());
        MeetingBody saved = meetingBodies.save(body);
        auditor.changed("meeting-body:" + body.code(), "Meeting body " + body.code(), "details",
                before == null ? null : before.name() + (before.active() ? "" : " (inactive)"),
                saved.name() + (saved.active() ? "" : " (inactive)"));
        return saved;
    }

    @Transactional
    @PreAuthorize(Roles.MANAGER)
    public Indicator save(Indicator indicator) {
        Indicator before = indicators.find(indicator.code()).orElse(null);
        checkVersion(before == null ? 0 : before.version(), indicator.version(), "Indicator " + indicator.code());
        Indicator saved = indicators.save(indicator);
        auditor.changed("indicator:" + indicator.code(), "Indicator " + indicator.code(), "details",
                before == null ? null : describe(before), describe(saved));
        return saved;
    }

    private static void checkVersion(long stored, long edited, String what) {
        if (stored != edited) {
            throw new ConcurrentChangeException(what);
        }
    }

    private static String describe(Agency a) {
        return a.name() + ", " + a.kind().label().toLowerCase() + (a.active() ? "" : " (inactive)");
    }

    private static String describe(Indicator i) {
        return i.name() + ", " + i.unit().label() + ", " + i.better().label().toLowerCase() + ", supplied by "
                + i.suppliersLabel() + (i.active() ? "" : " (inactive)");
    }
}
