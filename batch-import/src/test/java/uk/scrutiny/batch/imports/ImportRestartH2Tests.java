package uk.scrutiny.batch.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.scrutiny.batch.BatchImportApplication;

/** On an H2 file that both processes open: the first to open it serves it to the other (AUTO_SERVER). */
@SpringBootTest(classes = BatchImportApplication.class, properties = "logging.level.uk.scrutiny=warn")
@ActiveProfiles(BatchImportApplication.PROFILE)
class ImportRestartH2Tests extends ImportRestartTests {

    private static final String URL =
            "jdbc:h2:file:" + folder().resolve("scrutiny") + ";MODE=MySQL;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";

    private static Path folder() {
        try {
            return Files.createTempDirectory("scrutiny-restart-h2");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> URL);
    }

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.datasource.url=" + URL, "--spring.datasource.username=sa");
    }
}
