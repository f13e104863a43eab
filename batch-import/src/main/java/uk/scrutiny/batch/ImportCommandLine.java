package uk.scrutiny.batch;

import java.io.PrintStream;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.scrutiny.batch.imports.ImportRunner;
import uk.scrutiny.batch.imports.InboxFolder;
import uk.scrutiny.batch.imports.RunResult;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.RunTrigger;

/** Runs one import for the command line and prints, file by file, what became of each. */
@Component
@Profile(BatchImportApplication.PROFILE)
class ImportCommandLine {

    private final ImportRunner runner;
    private final InboxFolder inbox;

    ImportCommandLine(ImportRunner runner, InboxFolder inbox) {
        this.runner = runner;
        this.inbox = inbox;
    }

    /** @return the exit code: 0, 2 or 1 */
    int run() {
        PrintStream out = System.out;
        out.println("Importing from " + inbox.root());
        RunResult result = runner.runOnce(RunTrigger.COMMAND_LINE, "command line");
        for (ImportFile file : result.files()) {
            out.println("  " + file.path() + ": "
                    + (file.outcome() == null ? "not finished" : file.outcome().name())
                    + ", " + file.rowsRead() + " rows read, " + file.rowsImported() + " imported, "
                    + file.rowsRejected() + " rejected"
                    + (file.filedAs() == null ? "" : ", filed as " + file.filedAs()));
        }
        if (result.failure() != null) {
            System.err.println(result.failure());
        }
        out.println(
                switch (result.exitCode()) {
                    case RunResult.OK -> "Done: every file was imported or was a duplicate.";
                    case RunResult.REJECTIONS ->
                        "Done, with rejections: see the .errors.csv files under "
                                + inbox.root().resolve(InboxFolder.REJECTED) + " and the run report under "
                                + inbox.reports() + ".";
                    default -> "The import failed.";
                });
        return result.exitCode();
    }
}
