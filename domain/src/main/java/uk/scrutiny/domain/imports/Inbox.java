package uk.scrutiny.domain.imports;

import java.io.InputStream;
import java.nio.file.Path;

/** The import's inbox folder, as the application sees it: files are delivered to it and read back from it. */
public interface Inbox {

    /**
     * Copies an uploaded scorecard into {@code scorecards/} under a new generated name, whole
     * (written beside its place and moved in), so that a run never sees half of it.
     *
     * @param extension {@code csv} or {@code xlsx}
     * @return the generated name
     */
    String deliverScorecard(Path file, String extension);

    /**
     * Opens a file the import filed, by its path inside the inbox (e.g. {@code rejected/2022-10-01/x.csv});
     * the caller closes the stream.
     *
     * @throws uk.scrutiny.domain.common.NotFoundException when there is no such file in the inbox
     */
    InputStream open(String inboxPath);
}
