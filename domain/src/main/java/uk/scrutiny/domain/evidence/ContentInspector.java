package uk.scrutiny.domain.evidence;

import java.nio.file.Path;

/** Looks at a file's bytes, not its name, to decide what it is. */
public interface ContentInspector {

    /**
     * Checks that the file holds what its name claims, and that this is a kind the product accepts.
     *
     * @param file the bytes, already saved somewhere safe
     * @param claimedName the name it came with (only its extension is used)
     * @throws RejectedFileException saying what the file really is, or why it cannot be accepted
     */
    CheckedFile check(Path file, String claimedName);
}
