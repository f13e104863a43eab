package uk.scrutiny.batch.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.common.Sha256;
import uk.scrutiny.domain.common.SpreadsheetText;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ImportKind;
import uk.scrutiny.domain.imports.Inbox;

/**
 * The inbox ({@code scrutiny.import.inbox}): {@code scorecards/} for CSV and XLSX files,
 * {@code minutes/<batch>/} for a manifest and its documents, {@code archive/<date>/} and
 * {@code rejected/<date>/} for files a run has handled, {@code reports/} for run reports. Nothing is
 * deleted. A file changed in the last minute may still be being written, and waits for the next run.
 */
@Component
public class InboxFolder implements Inbox {

    public static final String SCORECARDS = "scorecards";
    public static final String MINUTES = "minutes";
    public static final String ARCHIVE = "archive";
    public static final String REJECTED = "rejected";
    public static final String REPORTS = "reports";
    public static final String MANIFEST = "manifest.csv";
    private static final Duration SETTLE = Duration.ofMinutes(1);
    private static final String PARTIAL = ".partial";

    private final Path root;
    private final Clock clock;

    public InboxFolder(@Value("${scrutiny.import.inbox:./data/inbox}") Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
    }

    public Path root() {
        return root;
    }

    /** Creates the inbox and its two folders for arriving files, if they are not there. */
    public void createFolders() {
        try {
            Files.createDirectories(root.resolve(SCORECARDS));
            Files.createDirectories(root.resolve(MINUTES));
        } catch (IOException e) {
            throw new UncheckedIOException("The inbox " + root + " cannot be created: " + e.getMessage(), e);
        }
    }

    /**
     * Scorecards and minutes batches ready to import, in name order: settled for a minute, or
     * delivered whole from the web page (its name known to {@code delivered}).
     *
     * @throws UncheckedIOException when the inbox cannot be read
     */
    public List<FoundFile> readyFiles(Predicate<String> delivered) {
        requireReadable();
        Instant settled = clock.instant().minus(SETTLE);
        List<FoundFile> found = new ArrayList<>();
        for (Path file : list(root.resolve(SCORECARDS))) {
            String name = file.getFileName().toString();
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && !name.startsWith(".")
                    && !name.endsWith(PARTIAL)
                    && (isSettled(file, settled) || delivered.test(name))) {
                found.add(new FoundFile(SCORECARDS + "/" + name, ImportKind.SCORECARD));
            }
        }
        for (Path batch : list(root.resolve(MINUTES))) {
            String name = batch.getFileName().toString();
            if (Files.isDirectory(batch, LinkOption.NOFOLLOW_LINKS)
                    && !name.startsWith(".")
                    && isSettledFolder(batch, settled)) {
                found.add(new FoundFile(MINUTES + "/" + name + "/" + MANIFEST, ImportKind.MINUTES));
            }
        }
        return found;
    }

    private void requireReadable() {
        if (!Files.isDirectory(root)) {
            throw new UncheckedIOException(
                    new NoSuchFileException(
                            root.toString(),
                            null,
                            "the inbox folder does not exist: create it, or point scrutiny.import.inbox (--inbox) at the right folder"));
        }
        try {
            Files.createDirectories(root.resolve(SCORECARDS));
            Files.createDirectories(root.resolve(MINUTES));
        } catch (IOException e) {
            throw new UncheckedIOException("The inbox " + root + " cannot be written: " + e.getMessage(), e);
        }
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The inbox folder " + folder + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Whether a file (or what a link points to, or a link that points nowhere) last changed before {@code settled}. */
    private static boolean isSettled(Path file, Instant settled) {
        try {
            FileTime modified;
            try {
                modified = Files.getLastModifiedTime(file);
            } catch (NoSuchFileException e) {
                modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
            }
            return modified.toInstant().isBefore(settled);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isSettledFolder(Path folder, Instant settled) {
        if (!isSettled(folder, settled)) {
            return false;
        }
        return list(folder).stream().allMatch(file -> isSettled(file, settled));
    }

    /** The file at a path inside the inbox; refuses a path that leads out of it. */
    public Path resolve(String inboxPath) {
        Path path = root.resolve(inboxPath).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("'" + inboxPath + "' is not a path inside the inbox");
        }
        return path;
    }

    /** The folder a minutes manifest lies in; a scorecard is filed by itself. */
    private Path filed(String inboxPath, ImportKind kind) {
        Path file = resolve(inboxPath);
        return kind == ImportKind.MINUTES ? file.getParent() : file;
    }

    /** Whether the file (or a minutes batch's folder) is still in the inbox where it was found. */
    public boolean isWaiting(String inboxPath, ImportKind kind) {
        return Files.exists(filed(inboxPath, kind), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Chooses where a handled file goes: {@code archive/<date>/} or {@code rejected/<date>/}, under
     * its own name, numbered when that name is taken. Nothing is moved yet.
     *
     * @return the target's path inside the inbox
     */
    public String target(String inboxPath, ImportKind kind, boolean rejected, LocalDate date) {
        Path source = filed(inboxPath, kind);
        Path folder = root.resolve(rejected ? REJECTED : ARCHIVE).resolve(date.toString());
        String name = source.getFileName().toString();
        Path target = folder.resolve(name);
        int dot = kind == ImportKind.MINUTES ? -1 : name.lastIndexOf('.');
        for (int n = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.exists(errorsOf(target)); n++) {
            target = folder.resolve(dot <= 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot));
        }
        return root.relativize(target).toString().replace('\\', '/');
    }

    /** Moves a handled file (or minutes folder) to the target chosen for it; does nothing if it is gone already. */
    public void move(String inboxPath, ImportKind kind, String target) {
        Path source = filed(inboxPath, kind);
        if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path to = resolve(target);
        try {
            Files.createDirectories(to.getParent());
            try {
                Files.move(source, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(source, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "'" + inboxPath + "' could not be moved to " + target + ": " + e.getMessage(), e);
        }
    }

    /** {@code <file>.errors.csv} beside a filed file: {@code row,column,value,reason}. */
    public static Path errorsOf(Path filed) {
        return filed.resolveSibling(filed.getFileName() + ".errors.csv");
    }

    /** Writes the error report beside the filed file, one issue at a time, spreadsheet-safe. */
    public String writeErrors(String target, Consumer<Consumer<ImportIssue>> issues) {
        Path errors = errorsOf(resolve(target));
        try {
            Files.createDirectories(errors.getParent());
            Path partial = errors.resolveSibling(errors.getFileName() + PARTIAL);
            try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
                out.write('\uFEFF');
                csv.printRecord("row", "column", "value", "reason");
                issues.accept(issue -> {
                    try {
                        csv.printRecord(
                                issue.row() == null ? "" : issue.row(),
                                SpreadsheetText.neutralise(issue.column()),
                                SpreadsheetText.neutralise(issue.value()),
                                SpreadsheetText.neutralise((issue.warning() ? "Warning: " : "") + issue.reason()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            Files.move(partial, errors, StandardCopyOption.REPLACE_EXISTING);
            return root.relativize(errors).toString().replace('\\', '/');
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The error report " + errors + " could not be written: " + e.getMessage(), e);
        }
    }

    public Path reports() {
        return root.resolve(REPORTS);
    }

    @Override
    public String deliverScorecard(Path file, String extension) {
        if (!extension.equals("csv") && !extension.equals("xlsx")) {
            throw new IllegalArgumentException("A scorecard is a .csv or .xlsx file, not ." + extension);
        }
        String name = "upload-" + LocalDate.now(clock) + "-" + UUID.randomUUID() + "." + extension;
        Path folder = root.resolve(SCORECARDS);
        try {
            Files.createDirectories(folder);
            Path partial = folder.resolve(name + PARTIAL);
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, folder.resolve(name));
            }
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The scorecard could not be put in the inbox " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String inboxPath) {
        Path file;
        try {
            file = resolve(inboxPath);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("There is no file " + inboxPath + " in the inbox");
        }
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new NotFoundException("There is no file " + inboxPath + " in the inbox");
            }
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The file " + inboxPath + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of a file's bytes, or of nothing when it does not exist (a minutes folder without a manifest). */
    public static String sha256(Path file) {
        if (!Files.isRegularFile(file)) {
            return Sha256.of(new byte[0]);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Sha256.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException("'" + file + "' cannot be read: " + e.getMessage(), e);
        }
    }
}
