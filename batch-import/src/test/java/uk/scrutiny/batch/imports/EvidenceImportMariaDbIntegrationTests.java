package uk.scrutiny.batch.imports;

import uk.scrutiny.batch.ImportOnMariaDb;

@ImportOnMariaDb
class EvidenceImportMariaDbIntegrationTests extends EvidenceImportTests {}
