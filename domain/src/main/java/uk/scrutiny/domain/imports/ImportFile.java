package uk.scrutiny.domain.imports;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.partnership.AgencyCode;

/**
 * One file a run handled, named by its path inside the inbox (e.g. {@code scorecards/police.csv}),
 * with its SHA-256, how far the run has taken it and, once decided, its outcome and row counts.
 *
 * @param submittedBy who sent it: the uploader for a file sent from the web page, else the system
 * @param onlyAgency the one agency whose rows the sender may send (a data officer's), or none for any
 * @param filedAs where the file went: its path inside the inbox under {@code archive/} or {@code rejected/}
 */
public record ImportFile(
        long id,
        long runId,
        String path,
        ImportKind kind,
        String sha256,
        long size,
        FileStage stage,
        @Nullable ImportOutcome outcome,
        int rowsRead,
        int rowsImported,
        int rowsRejected,
        String submittedBy,
        @Nullable AgencyCode onlyAgency,
        @Nullable String filedAs) {

    public ImportFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(submittedBy, "submittedBy");
    }

    /** The file's own name, without the folders of the inbox. */
    public String name() {
        String p = kind == ImportKind.MINUTES && path.endsWith("/manifest.csv")
                ? path.substring(0, path.length() - "/manifest.csv".length())
                : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }

    public ImportFile at(FileStage next) {
        return new ImportFile(
                id,
                runId,
                path,
                kind,
                sha256,
                size,
                next,
                outcome,
                rowsRead,
                rowsImported,
                rowsRejected,
                submittedBy,
                onlyAgency,
                filedAs);
    }

    public ImportFile decided(ImportOutcome decided, int read, int imported, int rejected) {
        return new ImportFile(
                id,
                runId,
                path,
                kind,
                sha256,
                size,
                FileStage.DONE,
                decided,
                read,
                imported,
                rejected,
                submittedBy,
                onlyAgency,
                filedAs);
    }

    public ImportFile checked(int read) {
        return new ImportFile(
                id,
                runId,
                path,
                kind,
                sha256,
                size,
                FileStage.CHECKED,
                outcome,
                read,
                rowsImported,
                rowsRejected,
                submittedBy,
                onlyAgency,
                filedAs);
    }

    public ImportFile filingAs(String target) {
        return new ImportFile(
                id,
                runId,
                path,
                kind,
                sha256,
                size,
                stage,
                outcome,
                rowsRead,
                rowsImported,
                rowsRejected,
                submittedBy,
                onlyAgency,
                target);
    }
}
