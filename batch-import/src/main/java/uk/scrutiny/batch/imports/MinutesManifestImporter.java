package uk.scrutiny.batch.imports;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.scrutiny.application.imports.EvidenceFilingService;
import uk.scrutiny.application.imports.MinutesEntry;
import uk.scrutiny.application.imports.MinutesFiled;
import uk.scrutiny.batch.files.CsvRows;
import uk.scrutiny.batch.files.SheetRow;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.evidence.CheckedFile;
import uk.scrutiny.domain.evidence.ContentInspector;
import uk.scrutiny.domain.evidence.EvidenceFiles;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.evidence.RejectedFileException;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.partnership.Agencies;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.partnership.MeetingBodies;
import uk.scrutiny.domain.partnership.MeetingBody;
import uk.scrutiny.domain.period.UkDates;

/**
 * Imports one minutes manifest. Rows are independent: a bad row is reported with its reason and
 * the others are imported. A document must be a plain file of the manifest's own folder: a name
 * with a folder in it ({@code ../}), an absolute path or a symbolic link is refused before anything
 * is read, and the bytes must be what the name claims.
 */
@Component
public class MinutesManifestImporter {

    static final String MEETING = "meeting";
    static final String MEETING_DATE = "meeting_date";
    static final String STATUS = "status";
    static final String TITLE = "title";
    static final String DOCUMENT = "document";
    static final String VERSION = "version";
    static final String QUESTIONS = "questions";
    static final String AGENCY = "agency";
    private static final List<String> REQUIRED = List.of(MEETING, MEETING_DATE, STATUS, TITLE, DOCUMENT);
    private static final List<String> COLUMNS =
            List.of(MEETING, MEETING_DATE, STATUS, TITLE, DOCUMENT, VERSION, QUESTIONS, AGENCY);

    private final MeetingBodies bodies;
    private final Agencies agencies;
    private final ContentInspector inspector;
    private final EvidenceFiles files;
    private final EvidenceFilingService filing;

    public MinutesManifestImporter(
            MeetingBodies bodies,
            Agencies agencies,
            ContentInspector inspector,
            EvidenceFiles files,
            EvidenceFilingService filing) {
        this.bodies = bodies;
        this.agencies = agencies;
        this.inspector = inspector;
        this.files = files;
        this.filing = filing;
    }

    /** How a manifest went: its rows, and how many were imported, already there, or rejected. */
    public record Result(int rows, int imported, int unchanged, int rejected) {}

    /**
     * Imports the manifest's good rows.
     *
     * @throws RejectedFileException when the manifest itself cannot be read (missing, not UTF-8, no header, a required column missing)
     */
    public Result importManifest(Path manifest, String by, Consumer<ImportIssue> issues) {
        Path folder = manifest.getParent();
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            throw new RejectedFileException(
                    "The folder '" + folder.getFileName() + "' has no manifest.csv: put the manifest "
                            + "listing its documents beside them, named manifest.csv.");
        }
        inspector.check(manifest, InboxFolder.MANIFEST);
        List<MeetingBody> register = bodies.all();
        int rows = 0;
        int imported = 0;
        int unchanged = 0;
        int rejected = 0;
        try (CsvRows reader = new CsvRows(manifest, InboxFolder.MANIFEST, String.join(",", COLUMNS))) {
            List<String> missing =
                    REQUIRED.stream().filter(c -> !reader.header().contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new RejectedFileException("manifest.csv has no column " + String.join(", ", missing)
                        + ": its header row must name meeting, meeting_date, status, title and document"
                        + " (version, questions and agency may follow).");
            }
            List<String> unknown = reader.header().stream()
                    .filter(c -> !c.isEmpty() && !COLUMNS.contains(c))
                    .toList();
            if (!unknown.isEmpty()) {
                issues.accept(ImportIssue.warning(
                        null,
                        String.join(", ", unknown),
                        null,
                        "Columns the format does not have were ignored: " + String.join(", ", unknown) + "."));
            }
            SheetRow row;
            while ((row = reader.next()) != null) {
                rows++;
                List<ImportIssue> found = new ArrayList<>();
                MinutesEntry entry = entry(row, folder, register, found);
                if (entry == null) {
                    found.forEach(issues);
                    rejected++;
                    continue;
                }
                Optional<MinutesFiled> filed = file(row, entry, folder, by, issues);
                if (filed.isEmpty()) {
                    rejected++;
                } else if (filed.get().unchanged()) {
                    unchanged++;
                } else {
                    imported++;
                }
            }
        }
        return new Result(rows, imported, unchanged, rejected);
    }

    private Optional<MinutesFiled> file(
            SheetRow row, MinutesEntry entry, Path folder, String by, Consumer<ImportIssue> issues) {
        int n = row.number();
        try {
            MinutesFiled filed = filing.fileMinutes(
                    entry,
                    () -> {
                        if (entry.link() != null) {
                            return null;
                        }
                        Path document = folder.resolve(entry.documentName());
                        CheckedFile checked = inspector.check(document, entry.documentName());
                        return files.store(document, entry.documentName(), checked.contentType());
                    },
                    by);
            filed.warnings().forEach(w -> issues.accept(ImportIssue.warning(n, QUESTIONS, row.get(QUESTIONS), w)));
            return Optional.of(filed);
        } catch (RuleViolationException e) {
            issues.accept(ImportIssue.error(n, QUESTIONS, row.get(QUESTIONS), e.getMessage()));
        } catch (RejectedFileException e) {
            issues.accept(ImportIssue.error(n, DOCUMENT, row.get(DOCUMENT), e.getMessage()));
        }
        return Optional.empty();
    }

    /** The row as an entry, or null with its errors in {@code found}. */
    private @Nullable MinutesEntry entry(
            SheetRow row, Path folder, List<MeetingBody> register, List<ImportIssue> found) {
        int n = row.number();
        String meeting = row.get(MEETING);
        MeetingBody body =
                register.stream().filter(b -> b.isNamedBy(meeting)).findFirst().orElse(null);
        if (meeting.isEmpty()) {
            found.add(ImportIssue.error(
                    n, MEETING, meeting, "The meeting is missing: give the body's code or name, e.g. EXEC."));
        } else if (body == null) {
            found.add(ImportIssue.error(
                    n,
                    MEETING,
                    meeting,
                    "'" + meeting + "' is not a meeting body in the register: use one of "
                            + String.join(
                                    ", ",
                                    register.stream()
                                            .map(b -> b.code() + " (" + b.name() + ")")
                                            .toList()) + "."));
        }
        String dateText = row.get(MEETING_DATE);
        LocalDate date = null;
        try {
            date = UkDates.parse(dateText);
        } catch (IllegalArgumentException e) {
            found.add(ImportIssue.error(n, MEETING_DATE, dateText, e.getMessage() + "."));
        }
        String status = row.get(STATUS).toLowerCase(Locale.ROOT);
        if (!status.equals("draft") && !status.equals("approved")) {
            found.add(ImportIssue.error(n, STATUS, row.get(STATUS), "The status must be draft or approved."));
        }
        String title = row.get(TITLE);
        if (title.isEmpty()) {
            found.add(ImportIssue.error(n, TITLE, title, "The title is missing: give the document's title."));
        } else if (title.length() > 500) {
            found.add(ImportIssue.error(
                    n, TITLE, title, "The title is " + title.length() + " characters long; at most 500 are allowed."));
        }
        String version = row.get(VERSION);
        if (version.length() > 40) {
            found.add(
                    ImportIssue.error(n, VERSION, version, "The version is too long: at most 40 characters, e.g. v2."));
        }
        List<QuestionRef> questions = new ArrayList<>();
        for (String ref : row.get(QUESTIONS).split(";")) {
            if (ref.isBlank()) {
                continue;
            }
            try {
                questions.add(QuestionRef.parse(ref));
            } catch (IllegalArgumentException e) {
                found.add(ImportIssue.error(
                        n, QUESTIONS, row.get(QUESTIONS), e.getMessage() + "; separate references with ';'."));
            }
        }
        String agencyText = row.get(AGENCY);
        AgencyCode owner = null;
        if (!agencyText.isEmpty()) {
            try {
                owner = AgencyCode.of(agencyText);
                if (agencies.find(owner).isEmpty()) {
                    throw new IllegalArgumentException("unknown");
                }
            } catch (IllegalArgumentException e) {
                owner = null;
                found.add(ImportIssue.error(
                        n, AGENCY, agencyText, "'" + agencyText + "' is not an agency code in the register."));
            }
        }
        String document = row.get(DOCUMENT);
        URI link = null;
        String sha256 = null;
        if (document.isEmpty()) {
            found.add(ImportIssue.error(
                    n,
                    DOCUMENT,
                    document,
                    "The document is missing: name a file in the manifest's folder " + "or give an https:// address."));
        } else if (document.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            try {
                link = EvidenceItem.requireHttps(new URI(document));
            } catch (URISyntaxException | IllegalArgumentException e) {
                found.add(ImportIssue.error(
                        n,
                        DOCUMENT,
                        document,
                        "'" + document + "' is not an https:// address: only secure "
                                + "web addresses can be evidence."));
            }
        } else {
            String problem = documentProblem(folder, document);
            if (problem != null) {
                found.add(ImportIssue.error(n, DOCUMENT, document, problem));
            } else {
                sha256 = InboxFolder.sha256(folder.resolve(document));
            }
        }
        if (!found.isEmpty() || body == null || date == null) {
            return null;
        }
        MinutesEntry entry = new MinutesEntry(
                body,
                date,
                status.equals("draft"),
                title,
                document,
                sha256,
                link,
                version.isEmpty() ? null : version,
                questions,
                owner);
        try {
            filing.checkQuestions(entry);
        } catch (RuleViolationException e) {
            found.add(ImportIssue.error(n, QUESTIONS, row.get(QUESTIONS), e.getMessage()));
            return null;
        }
        return entry;
    }

    /**
     * Why a document name cannot be read, or null when it names a regular file of the folder. The
     * name is checked as text before the file system is asked anything, so that nothing outside the
     * folder is ever opened.
     */
    static @Nullable String documentProblem(Path folder, String name) {
        if (name.startsWith("/")
                || name.startsWith("\\")
                || name.matches("^[A-Za-z]:.*")
                || Path.of(name).isAbsolute()) {
            return "'" + name + "' is an absolute path: name a file in the manifest's own folder, without any folders.";
        }
        if (name.contains("/") || name.contains("\\") || name.equals("..") || name.equals(".")) {
            return "'" + name
                    + "' reaches outside the manifest's folder: name a file in that folder, without any folders.";
        }
        Path document = folder.resolve(name).normalize();
        if (!document.getParent().equals(folder.normalize())) {
            return "'" + name
                    + "' reaches outside the manifest's folder: name a file in that folder, without any folders.";
        }
        if (Files.isSymbolicLink(document)) {
            return "'" + name + "' is a link to another file: put the document itself in the manifest's folder.";
        }
        if (!Files.isRegularFile(document, LinkOption.NOFOLLOW_LINKS)) {
            return "There is no file '" + name
                    + "' in the manifest's folder: add it beside manifest.csv, or correct the name.";
        }
        try {
            if (!document.toRealPath().getParent().equals(folder.toRealPath())) {
                return "'" + name + "' reaches outside the manifest's folder: name a file in that folder.";
            }
        } catch (IOException e) {
            return "'" + name + "' cannot be read: " + e.getMessage() + ".";
        }
        return null;
    }
}
