package uk.scrutiny.batch.imports;

import java.util.List;
import uk.scrutiny.batch.ImportOnMariaDb;
import uk.scrutiny.persistence.MariaDbTestDatabase;

@ImportOnMariaDb
class ImportRestartMariaDbIntegrationTests extends ImportRestartTests {

    @Override
    List<String> databaseArguments() {
        return List.of(
                "--spring.datasource.url=" + MariaDbTestDatabase.url(),
                "--spring.datasource.username=root",
                "--spring.datasource.password=");
    }
}
