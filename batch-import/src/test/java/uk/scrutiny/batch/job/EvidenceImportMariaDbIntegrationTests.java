package uk.scrutiny.batch.job;

import uk.scrutiny.batch.ImportOnMariaDb;

@ImportOnMariaDb
class EvidenceImportMariaDbIntegrationTests extends EvidenceImportTests {
}
