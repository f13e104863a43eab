package uk.scrutiny.domain.imports;

import java.util.Optional;

/** Starting the evidence import, and seeing how far the one running has got. */
public interface EvidenceImports {

    /**
     * Asks for a run as soon as possible, in the background; a run asked for while one is going on
     * starts when it ends.
     */
    void requestRun(RunTrigger trigger, String requestedBy);

    /** The run going on in this instance, if any, with its progress. */
    Optional<RunProgress> progress();
}
