package uk.scrutiny.application.scorecard;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.scrutiny.application.audit.Auditor;
import uk.scrutiny.application.security.Actor;
import uk.scrutiny.application.security.CurrentActor;
import uk.scrutiny.application.security.Permission;
import uk.scrutiny.application.security.Permissions;
import uk.scrutiny.application.security.Roles;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.common.Sha256;
import uk.scrutiny.domain.imports.EvidenceImports;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ImportRuns;
import uk.scrutiny.domain.imports.Inbox;
import uk.scrutiny.domain.imports.RunTrigger;
import uk.scrutiny.domain.imports.ScorecardCheck;
import uk.scrutiny.domain.imports.ScorecardFiles;
import uk.scrutiny.domain.imports.ScorecardUpload;
import uk.scrutiny.domain.imports.UploadOutcome;
import uk.scrutiny.domain.partnership.Agencies;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.scorecard.Indicator;
import uk.scrutiny.domain.scorecard.Indicators;
import uk.scrutiny.domain.scorecard.QuarterValue;
import uk.scrutiny.domain.scorecard.ScorecardSubmission;
import uk.scrutiny.domain.scorecard.ScorecardSubmissions;
import uk.scrutiny.domain.scorecard.SubmissionStatus;
import uk.scrutiny.domain.user.Role;

/**
 * Scorecards as people see them: checking a file at once (every error by row, nothing stored),
 * sending it (into the import's inbox, imported straight away), the history of submissions, the
 * figures, their trends and who has not sent what.
 *
 * <p>A data officer sends and sees the figures of their own agency only; the business unit sends
 * for any agency. Both rules are checked here, and again by the import.
 */
@Service
@Transactional(readOnly = true)
public class ScorecardService {

    /** The largest scorecard file the web page takes: a million rows of CSV fit well within it. */
    public static final long MAX_UPLOAD_BYTES = 200L * 1024 * 1024;

    private final ScorecardFiles files;
    private final Permissions permissions;
    private final ScorecardSubmissions submissions;
    private final ImportRuns runs;
    private final Inbox inbox;
    private final EvidenceImports imports;
    private final Agencies agencies;
    private final Indicators indicators;
    private final CurrentActor actor;
    private final Auditor auditor;
    private final Clock clock;

    public ScorecardService(
            ScorecardFiles files,
            ScorecardSubmissions submissions,
            ImportRuns runs,
            Inbox inbox,
            EvidenceImports imports,
            Agencies agencies,
            Indicators indicators,
            CurrentActor actor,
            Auditor auditor,
            Clock clock,
            Permissions permissions) {
        this.permissions = permissions;
        this.files = files;
        this.submissions = submissions;
        this.runs = runs;
        this.inbox = inbox;
        this.imports = imports;
        this.agencies = agencies;
        this.indicators = indicators;
        this.actor = actor;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** Whether the caller may send scorecards: the business unit for any agency, a data officer for their own. */
    @PreAuthorize(Roles.SIGNED_IN)
    public boolean maySend() {
        return permissions.may(Permission.SEND_SCORECARDS);
    }

    /** The one agency whose scorecards the caller sends and sees, for a data officer; none for the others. */
    @PreAuthorize(Roles.SIGNED_IN)
    public @Nullable AgencyCode ownAgency() {
        return permissions.ownAgency();
    }

    /**
     * Checks a scorecard file against every rule of the format, storing nothing. A data officer's
     * rows for another agency are errors.
     *
     * @param progress told the share of the file read, for a progress bar
     */
    @PreAuthorize(Roles.SEND_SCORECARDS)
    public ScorecardCheck check(Path file, String name, DoubleConsumer progress) {
        return files.check(file, name, onlyAgency(), progress);
    }

    /**
     * Sends a scorecard: checks it again, puts it in the import's inbox with who sent it, and asks
     * for an import at once (once this transaction has committed).
     *
     * @throws RuleViolationException when the file breaks any rule; nothing is sent
     * @throws AccessDeniedException when a data officer's file holds another agency's figures
     */
    @Transactional
    @PreAuthorize(Roles.SEND_SCORECARDS)
    public ScorecardUpload send(Path file, String name) {
        Actor me = actor.get();
        AgencyCode only = onlyAgency();
        String extension = extensionOf(name);
        ScorecardCheck check = files.check(file, name, only, share -> {});
        if (check.foreignRows() > 0) {
            throw new AccessDeniedException("You send figures for " + only + " only, and '" + name
                    + "' holds another agency's: remove those rows or ask that agency to send them.");
        }
        if (!check.isValid()) {
            throw new RuleViolationException("'" + name + "' has " + check.errorCount()
                    + (check.errorCount() == 1 ? " error" : " errors") + " and was not sent: correct "
                    + (check.errorCount() == 1 ? "it" : "them") + " and send the file again.");
        }
        String inboxName = inbox.deliverScorecard(file, extension);
        ScorecardUpload upload =
                new ScorecardUpload(inboxName, name, Sha256.of(file), me.username(), only, clock.instant());
        runs.addUpload(upload);
        auditor.changed(
                "upload:" + inboxName,
                "Scorecard '" + name + "'",
                "sent",
                null,
                check.rows() + " rows for "
                        + String.join(
                                ", ",
                                check.agencies().stream()
                                        .map(AgencyCode::value)
                                        .sorted()
                                        .toList()));
        String by = me.username();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    imports.requestRun(RunTrigger.UPLOAD, by);
                }
            });
        } else {
            imports.requestRun(RunTrigger.UPLOAD, by);
        }
        return upload;
    }

    /** Scorecards sent from the web page, newest first, with what the import made of each: a data officer's agency's only. */
    @PreAuthorize(Roles.SEND_SCORECARDS)
    public List<UploadOutcome> uploads(int limit) {
        return runs.uploads(onlyAgency(), limit);
    }

    /** The errors and warnings the import found in an upload the caller may see. */
    @PreAuthorize(Roles.SEND_SCORECARDS)
    public List<ImportIssue> issues(long importFileId, int offset, int limit) {
        ImportFile file = runs.file(importFileId)
                .orElseThrow(() -> new NotFoundException("There is no imported file " + importFileId));
        AgencyCode only = onlyAgency();
        if (only != null && !only.equals(file.onlyAgency())) {
            throw new AccessDeniedException("Data officers see their own agency's files only");
        }
        return runs.issues(importFileId, offset, limit);
    }

    /** Every submission received, newest first, with its status: a data officer's agency's only. */
    @PreAuthorize(Roles.SIGNED_IN)
    public List<ScorecardSubmission> history() {
        return submissions.history(readableAgency());
    }

    /** The current figures for the quarters from {@code first} to {@code last}: a data officer's agency's only. */
    @PreAuthorize(Roles.SIGNED_IN)
    public List<QuarterValue> values(FinancialQuarter first, FinancialQuarter last) {
        return submissions.currentValues(first, last, readableAgency());
    }

    /** Who has sent what for the quarters from {@code first} to {@code last}. */
    @PreAuthorize(Roles.SIGNED_IN)
    public Completeness completeness(FinancialQuarter first, FinancialQuarter last) {
        AgencyCode only = readableAgency();
        List<AgencyCode> codes = agencies.all().stream()
                .filter(Agency::active)
                .map(Agency::code)
                .filter(code -> only == null || code.equals(only))
                .toList();
        List<Indicator> catalogue =
                indicators.all().stream().filter(Indicator::active).toList();
        Map<AgencyCode, Integer> expected = new HashMap<>();
        codes.forEach(code -> expected.put(
                code, (int) catalogue.stream().filter(i -> i.isSuppliedBy(code)).count()));
        List<FinancialQuarter> quarters = new ArrayList<>();
        for (FinancialQuarter q = first; q.compareTo(last) <= 0; q = q.next()) {
            quarters.add(q);
        }
        Map<Completeness.Cell, Integer> received = new HashMap<>();
        for (ScorecardSubmission s : submissions.history(only)) {
            if (s.status() == SubmissionStatus.CURRENT
                    && s.quarter().compareTo(first) >= 0
                    && s.quarter().compareTo(last) <= 0) {
                received.put(new Completeness.Cell(s.agency(), s.quarter()), s.valueCount());
            }
        }
        return new Completeness(codes, quarters, expected, received);
    }

    /** The latest quarter that has started, and so can have figures. */
    public FinancialQuarter latestQuarter() {
        return FinancialQuarter.containing(LocalDate.now(clock));
    }

    /**
     * The newest quarter with figures the caller may see (a data officer: their agency's), for the
     * Scorecards page to open on; today's quarter when none has any yet.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public FinancialQuarter latestQuarterWithFigures() {
        return history().stream()
                .map(ScorecardSubmission::quarter)
                .max(Comparator.naturalOrder())
                .orElseGet(this::latestQuarter);
    }

    /**
     * The indicators a template lists: those the agency supplies.
     *
     * @throws AccessDeniedException when a data officer asks for another agency's
     */
    @PreAuthorize(Roles.SEND_SCORECARDS)
    public List<Indicator> templateIndicators(AgencyCode agency) {
        AgencyCode only = onlyAgency();
        if (only != null && !only.equals(agency)) {
            throw new AccessDeniedException("Data officers get their own agency's template only");
        }
        return indicators.all().stream()
                .filter(Indicator::active)
                .filter(i -> i.isSuppliedBy(agency))
                .toList();
    }

    /** The agencies the caller may send for: a data officer's own, or every active agency. */
    @PreAuthorize(Roles.SEND_SCORECARDS)
    public List<Agency> agenciesToSendFor() {
        AgencyCode only = onlyAgency();
        return agencies.all().stream()
                .filter(Agency::active)
                .filter(a -> only == null || a.code().equals(only))
                .toList();
    }

    /** The agency a data officer acts for; {@code null} for everyone else, who may send for any. */
    private @Nullable AgencyCode onlyAgency() {
        Actor me = actor.get();
        if (!me.is(Role.DATA_OFFICER)) {
            return null;
        }
        if (me.agency() == null) {
            throw new AccessDeniedException(
                    "A data officer must belong to an agency to send scorecards: ask the manager");
        }
        return me.agency();
    }

    /** Data officers read their own agency's figures; everyone else reads all. */
    private @Nullable AgencyCode readableAgency() {
        Actor me = actor.get();
        if (!me.is(Role.DATA_OFFICER)) {
            return null;
        }
        if (me.agency() == null) {
            throw new AccessDeniedException(
                    "A data officer must belong to an agency to see scorecards: ask the manager");
        }
        return me.agency();
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!extension.equals("csv") && !extension.equals("xlsx")) {
            throw new RuleViolationException(
                    "'" + name + "' is not a scorecard file: send a CSV file (.csv) or an Excel workbook (.xlsx).");
        }
        return extension;
    }
}
