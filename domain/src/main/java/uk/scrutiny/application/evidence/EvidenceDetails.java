package uk.scrutiny.application.evidence;

import java.util.List;
import uk.scrutiny.domain.evidence.Citation;
import uk.scrutiny.domain.evidence.EvidenceItem;

/** An evidence item and the questions that cite it. */
public record EvidenceDetails(EvidenceItem item, List<Citation> citations) {}
