package uk.scrutiny.application.imports;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.audit.Auditor;
import uk.scrutiny.application.security.CurrentActor;
import uk.scrutiny.application.security.Permission;
import uk.scrutiny.application.security.Permissions;
import uk.scrutiny.application.security.Roles;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.imports.EvidenceImports;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ImportRun;
import uk.scrutiny.domain.imports.ImportRuns;
import uk.scrutiny.domain.imports.Inbox;
import uk.scrutiny.domain.imports.RunProgress;
import uk.scrutiny.domain.imports.RunTrigger;

/** The business unit's view of the evidence import: every run, its files and their errors, and a run on demand. */
@Service
@Transactional(readOnly = true)
public class ImportService {

    private final ImportRuns runs;
    private final Permissions permissions;
    private final EvidenceImports imports;
    private final Inbox inbox;
    private final CurrentActor actor;
    private final Auditor auditor;

    public ImportService(
            ImportRuns runs,
            EvidenceImports imports,
            Inbox inbox,
            CurrentActor actor,
            Auditor auditor,
            Permissions permissions) {
        this.permissions = permissions;
        this.runs = runs;
        this.imports = imports;
        this.inbox = inbox;
        this.actor = actor;
        this.auditor = auditor;
    }

    /** Whether the caller may follow and run the import (the business unit). */
    @PreAuthorize(Roles.SIGNED_IN)
    public boolean mayRun() {
        return permissions.may(Permission.RUN_SCRUTINY);
    }

    /** Runs newest first. */
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public List<ImportRun> runs(int offset, int limit) {
        return runs.find(offset, limit);
    }

    @PreAuthorize(Roles.BUSINESS_UNIT)
    public long count() {
        return runs.count();
    }

    @PreAuthorize(Roles.BUSINESS_UNIT)
    public List<ImportFile> files(long runId) {
        return runs.files(runId);
    }

    @PreAuthorize(Roles.BUSINESS_UNIT)
    public List<ImportIssue> issues(long fileId, int offset, int limit) {
        return runs.issues(fileId, offset, limit);
    }

    @PreAuthorize(Roles.BUSINESS_UNIT)
    public long countIssues(long fileId) {
        return runs.countIssues(fileId, false) + runs.countIssues(fileId, true);
    }

    /** The run going on now in this instance, with how far it has got. */
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public Optional<RunProgress> progress() {
        return imports.progress();
    }

    /** Asks for a run now, in the background; it starts when any run going on has finished. */
    @Transactional
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public void runNow() {
        String by = actor.get().username();
        auditor.changed("import", "Evidence import", "run asked for", null, "by " + by);
        imports.requestRun(RunTrigger.ON_DEMAND, by);
    }

    /**
     * Opens the file as the import filed it (a rejected file, for instance), or its error report;
     * the caller closes the stream.
     */
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public InputStream openFiled(long fileId, boolean errorReport) {
        ImportFile file =
                runs.file(fileId).orElseThrow(() -> new NotFoundException("There is no imported file " + fileId));
        if (file.filedAs() == null) {
            throw new NotFoundException("'" + file.name() + "' has not been filed yet");
        }
        return inbox.open(errorReport ? file.filedAs() + ".errors.csv" : file.filedAs());
    }
}
