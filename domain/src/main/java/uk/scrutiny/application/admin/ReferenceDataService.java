package uk.scrutiny.application.admin;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.audit.Auditor;
import uk.scrutiny.application.security.Roles;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.Frameworks;
import uk.scrutiny.domain.partnership.Agencies;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.partnership.MeetingBodies;
import uk.scrutiny.domain.partnership.MeetingBody;
import uk.scrutiny.domain.partnership.Partnership;
import uk.scrutiny.domain.partnership.Partnerships;
import uk.scrutiny.domain.scorecard.Indicator;
import uk.scrutiny.domain.scorecard.Indicators;

/**
 * The registers everyone reads and the manager keeps: agencies, meeting bodies, indicators, frameworks.
 * A record is new when its version is 0; a new record whose code is taken is refused as already existing.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceDataService {

    private final Partnerships partnerships;
    private final Agencies agencies;
    private final MeetingBodies meetingBodies;
    private final Indicators indicators;
    private final Frameworks frameworks;
    private final Auditor auditor;

    public ReferenceDataService(
            Partnerships partnerships,
            Agencies agencies,
            MeetingBodies meetingBodies,
            Indicators indicators,
            Frameworks frameworks,
            Auditor auditor) {
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
        String exists = "There is already an agency with the code " + agency.code()
                + ": choose another code, or edit that agency.";
        checkVersion(before == null ? 0 : before.version(), agency.version(), "Agency " + agency.code(), exists);
        Agency saved = saveNew(agency.version() == 0, () -> agencies.save(agency), exists);
        auditor.changed(
                "agency:" + agency.code(),
                "Agency " + agency.code(),
                "details",
                before == null ? null : describe(before),
                describe(saved));
        return saved;
    }

    @Transactional
    @PreAuthorize(Roles.MANAGER)
    public MeetingBody save(MeetingBody body) {
        MeetingBody before = meetingBodies.find(body.code()).orElse(null);
        String exists = "There is already a meeting body with the code " + body.code()
                + ": choose another code, or edit that meeting body.";
        checkVersion(before == null ? 0 : before.version(), body.version(), "Meeting body " + body.code(), exists);
        MeetingBody saved = saveNew(body.version() == 0, () -> meetingBodies.save(body), exists);
        auditor.changed(
                "meeting-body:" + body.code(),
                "Meeting body " + body.code(),
                "details",
                before == null ? null : before.name() + (before.active() ? "" : " (inactive)"),
                saved.name() + (saved.active() ? "" : " (inactive)"));
        return saved;
    }

    @Transactional
    @PreAuthorize(Roles.MANAGER)
    public Indicator save(Indicator indicator) {
        Indicator before = indicators.find(indicator.code()).orElse(null);
        String exists = "There is already an indicator with the code " + indicator.code()
                + ": choose another code, or edit that indicator.";
        checkVersion(
                before == null ? 0 : before.version(), indicator.version(), "Indicator " + indicator.code(), exists);
        for (AgencyCode supplier : new TreeSet<>(indicator.suppliers())) {
            if (agencies.find(supplier).isEmpty()) {
                throw new RuleViolationException("There is no agency " + supplier + " to supply indicator "
                        + indicator.code() + ": choose agencies from the list.");
            }
        }
        Indicator saved = saveNew(indicator.version() == 0, () -> indicators.save(indicator), exists);
        auditor.changed(
                "indicator:" + indicator.code(),
                "Indicator " + indicator.code(),
                "details",
                before == null ? null : describe(before),
                describe(saved));
        return saved;
    }

    /** A new record (version 0) whose code is taken is refused as such, not as someone else's change. */
    private static void checkVersion(long stored, long edited, String what, String alreadyExists) {
        if (edited == 0 && stored != 0) {
            throw new RuleViolationException(alreadyExists);
        }
        if (stored != edited) {
            throw new ConcurrentChangeException(what);
        }
    }

    /** Saves; when a new record's code was taken by someone else in the meantime, says that it exists. */
    private static <T> T saveNew(boolean isNew, Supplier<T> save, String alreadyExists) {
        try {
            return save.get();
        } catch (ConcurrentChangeException e) {
            if (isNew) {
                throw new RuleViolationException(alreadyExists);
            }
            throw e;
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
