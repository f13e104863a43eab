package uk.scrutiny.application.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.audit.Auditor;
import uk.scrutiny.application.security.Roles;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.FrameworkId;
import uk.scrutiny.domain.framework.Frameworks;

/**
 * The manager's keeping of frameworks: listing every version, copying one into a new family,
 * editing, and moving frameworks in and out as JSON files ({@link FrameworkJson}).
 *
 * <p>An edit applies to the newest version of a family. While no review uses that version it is
 * changed in place (a framework being drafted does not pile up versions); once a review uses it,
 * the edit makes the next version and every review keeps the version it began with. Either way the
 * audit trail records each changed field with its old and new text, under {@code framework:<family>}.
 */
@Service
@Transactional(readOnly = true)
public class FrameworkAdminService {

    /** The largest framework file accepted for import. */
    public static final int MAX_FILE_BYTES = 1_048_576;

    private final Frameworks frameworks;
    private final Auditor auditor;

    public FrameworkAdminService(Frameworks frameworks, Auditor auditor) {
        this.frameworks = frameworks;
        this.auditor = auditor;
    }

    /** Every version of every framework: families by name, each family's newest version first. */
    @PreAuthorize(Roles.MANAGER)
    public List<FrameworkListItem> frameworks() {
        List<FrameworkListItem> items = new ArrayList<>();
        for (Framework latest : frameworks.latestVersions()) {
            frameworks.versionsOf(latest.family()).stream()
                    .sorted(Comparator.comparingInt(Framework::version).reversed())
                    .forEach(f -> items.add(new FrameworkListItem(
                            f.id(),
                            f.family(),
                            f.name(),
                            f.version(),
                            f.keyMeasures().size(),
                            f.questionCount(),
                            frameworks.isInUse(f.id()),
                            f.version() == latest.version())));
        }
        return items;
    }

    @PreAuthorize(Roles.MANAGER)
    public FrameworkDetails framework(FrameworkId id) {
        Framework framework = find(id);
        return new FrameworkDetails(
                framework, frameworks.isInUse(id), latestOf(framework.family()).version());
    }

    /**
     * Copies a version into a new family of its own, as its version 1.
     *
     * @throws RuleViolationException when a framework already has that family key
     */
    @Transactional
    @PreAuthorize(Roles.MANAGER)
    public Framework copy(FrameworkId id, String family, String name) {
        Framework original = find(id);
        Framework copy = original.copyAs(family.strip(), name);
        refuseTakenFamily(copy.family());
        Framework saved = frameworks.add(copy);
        auditor.changed(
                key(saved), subject(saved), "created", null, "copy of " + original.family() + " " + original.label());
        return saved;
    }

    /**
     * Edits the newest version of a framework: in place while no review uses it, otherwise as the
     * next version.
     *
     * @param revision the revision of the version as the editor read it
     * @throws ConcurrentChangeException when someone else has changed it since
     * @throws RuleViolationException when the version is not the newest, or nothing has changed
     * @throws IllegalArgumentException when the content breaks a rule of frameworks (the message says which)
     */
    @Transactional
    @PreAuthorize(Roles.MANAGER)
    public EditedFramework edit(FrameworkId id, long revision, FrameworkContent content) {
        Framework current = find(id);
        Framework latest = latestOf(current.family());
        if (latest.version() != current.version()) {
            throw new RuleViolationException("Version " + current.version() + " of " + current.name()
                    + " is not the newest: open version " + latest.version() + " and edit that.");
        }
        if (current.revision() != revision) {
            throw new ConcurrentChangeException("The framework " + current.name());
        }
        boolean inUse = frameworks.isInUse(id);
        Framework edited = inUse
                ? current.nextVersion(
                        content.name(), content.source(), content.guidance(), content.keyMeasures(), content.steps())
                : current.withContent(
                        content.name(), content.source(), content.guidance(), content.keyMeasures(), content.steps());
        if (edited.hasSameContentAs(current)) {
            throw new RuleViolationException("Nothing has been changed, so there is nothing to save.");
        }
        Framework saved = inUse ? frameworks.add(edited) : frameworks.replace(edited);
        if (inUse) {
            auditor.changed(
                    key(saved),
                    subject(saved),
                    "version",
                    "version " + current.version() + " (used by a review)",
                    "version " + saved.version());
        }
        for (FrameworkChanges.Change change : FrameworkChanges.between(current, saved)) {
            auditor.changed(key(saved), subject(saved), change.field(), change.oldValue(), change.newValue());
        }
        return new EditedFramework(saved, inUse);
    }

    /** The version as a JSON file, to download. */
    @PreAuthorize(Roles.MANAGER)
    public FrameworkFile export(FrameworkId id) {
        Framework framework = find(id);
        return new FrameworkFile(
                framework.family() + "-version-" + framework.version() + ".json", FrameworkJson.write(framework));
    }

    /**
     * Imports a framework file: a family not seen before is added with the version the file names;
     * a known family gets the file's content as its next version.
     *
     * @param fileName the name the file came with, for messages and the audit trail
     * @throws FrameworkFileException when the file is too large, malformed, breaks a rule of frameworks, or holds
     *                                what the family's newest version already holds; nothing is saved then
     */
    @Transactional
    @PreAuthorize(Roles.MANAGER)
    public Framework importFile(String fileName, byte[] content) {
        if (content.length > MAX_FILE_BYTES) {
            throw new FrameworkFileException(
                    "'" + fileName + "' is larger than " + MAX_FILE_BYTES / 1024
                            + " KB, which no framework file needs: check that it is a framework exported from Safeguarding Scrutiny.");
        }
        Framework imported = FrameworkJson.read(content, fileName);
        List<Framework> versions = frameworks.versionsOf(imported.family());
        Framework saved;
        if (versions.isEmpty()) {
            saved = frameworks.add(imported);
        } else {
            Framework latest = versions.stream()
                    .max(Comparator.comparingInt(Framework::version))
                    .orElseThrow();
            if (latest.hasSameContentAs(imported)) {
                throw new FrameworkFileException("'" + fileName + "' holds the same framework as version "
                        + latest.version() + " of " + latest.name() + ", so there is nothing to import.");
            }
            saved = frameworks.add(latest.nextVersion(
                    imported.name(), imported.source(), imported.guidance(), imported.keyMeasures(), imported.steps()));
        }
        auditor.changed(
                key(saved),
                subject(saved),
                "imported",
                null,
                "version " + saved.version() + " from the file '" + fileName + "'");
        return saved;
    }

    private Framework find(FrameworkId id) {
        return frameworks.find(id).orElseThrow(() -> new NotFoundException("There is no framework version " + id));
    }

    private Framework latestOf(String family) {
        return frameworks.versionsOf(family).stream()
                .max(Comparator.comparingInt(Framework::version))
                .orElseThrow(() -> new NotFoundException("There is no framework '" + family + "'"));
    }

    private void refuseTakenFamily(String family) {
        if (!frameworks.versionsOf(family).isEmpty()) {
            throw new RuleViolationException(
                    "There is already a framework with the key '" + family + "': choose another key.");
        }
    }

    private static String key(Framework framework) {
        return "framework:" + framework.family();
    }

    private static String subject(Framework framework) {
        return "Framework " + framework.family() + " version " + framework.version();
    }
}
