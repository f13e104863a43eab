package uk.scrutiny.batch.imports;

import uk.scrutiny.batch.ImportOnH2;

@ImportOnH2
class EvidenceImportH2Tests extends EvidenceImportTests {}
