package uk.scrutiny.application.imports;

import java.util.List;
import uk.scrutiny.domain.evidence.EvidenceId;

/**
 * What filing a minutes row did: the evidence item, whether it was there already (the same
 * meeting, date, version and document: nothing changed), and warnings for the run report.
 */
public record MinutesFiled(EvidenceId item, boolean unchanged, List<String> warnings) {

    public MinutesFiled {
        warnings = List.copyOf(warnings);
    }
}
