package uk.scrutiny.batch.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.scrutiny.batch.BatchImportApplication;
import uk.scrutiny.batch.TestInbox;

/**
 * The command line killed ({@code kill -9}) part-way through loading a large scorecard, then run
 * again: the second run completes the first, and the database ends with exactly the rows of an
 * uninterrupted run. Each run is a separate JVM on the test's database.
 */
abstract class ImportRestartTests {

    private static final int INDICATORS = 200;
    private static final int QUARTERS = 200;
    private static final int ROWS = INDICATORS * QUARTERS;
    /** The sum of the values the file holds: row i holds the value i. */
    private static final long SUM = (long) ROWS * (ROWS - 1) / 2;

    @Autowired
    JdbcClient jdbc;

    /** The JDBC URL, user and password the child process uses for the test's database. */
    abstract List<String> databaseArguments();

    @Test
    void a_run_killed_part_way_through_a_large_file_is_completed_by_the_next_with_no_row_lost_or_doubled()
            throws Exception {
        Path work = Files.createTempDirectory("scrutiny-restart");
        TestInbox inbox = new TestInbox(work.resolve("inbox"));
        inbox.clear();
        forgetEarlierImports();
        addTestIndicators();
        writeLargeScorecard(inbox.root().resolve("scorecards/large.csv"));
        TestInbox.settle(inbox.root().resolve("scorecards/large.csv"));

        Process killed = start(work, "first");
        Path firstLog = work.resolve("first.log");
        waitForStoredRows(killed, firstLog);
        assertThat(killed.isAlive()).as("the first run was still loading").isTrue();
        killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        long partial = jdbc.sql("SELECT COUNT(*) FROM scorecard_value")
                .query(Long.class)
                .single();
        assertThat(partial).as("rows stored before the kill").isBetween(1L, (long) ROWS - 1);
        assertThat(jdbc.sql("SELECT status FROM import_run").query(String.class).list())
                .containsExactly("RUNNING");

        Process second = start(work, "second");
        assertThat(second.waitFor(300, TimeUnit.SECONDS))
                .as("the second run ended")
                .isTrue();
        assertThat(second.exitValue())
                .as(Files.readString(work.resolve("second.log")))
                .isZero();

        assertThat(Files.readString(work.resolve("second.log"))).contains("Resuming the load of scorecards/large.csv");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scorecard_value")
                        .query(Long.class)
                        .single())
                .isEqualTo(ROWS);
        assertThat(jdbc.sql("SELECT SUM(number_value) FROM scorecard_value")
                        .query(BigDecimal.class)
                        .single()
                        .longValueExact())
                .isEqualTo(SUM);
        assertThat(jdbc.sql("SELECT DISTINCT status FROM scorecard_submission")
                        .query(String.class)
                        .list())
                .containsExactly("CURRENT");
        assertThat(jdbc.sql("SELECT COUNT(*), SUM(value_count) FROM scorecard_submission")
                        .query((rs, n) -> rs.getInt(1) + " submissions of " + rs.getInt(2) + " values")
                        .single())
                .isEqualTo(QUARTERS + " submissions of " + ROWS + " values");
        assertThat(jdbc.sql("SELECT status FROM import_run ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("COMPLETED", "COMPLETED");
        assertThat(jdbc.sql("SELECT outcome FROM import_file")
                        .query(String.class)
                        .list())
                .containsExactly("IMPORTED");
        assertThat(inbox.filesUnder("archive")).hasSize(1);
    }

    /** The test database may hold what other tests imported: this test counts every row. */
    private void forgetEarlierImports() {
        for (String table : List.of(
                "import_issue",
                "import_file",
                "import_upload",
                "import_run",
                "scorecard_value",
                "scorecard_submission",
                "assessment_evidence")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("UPDATE evidence_item SET superseded_by = NULL").update();
        jdbc.sql("DELETE FROM evidence_item").update();
        jdbc.sql("DELETE FROM indicator WHERE code LIKE 'KT-%'").update();
    }

    private void addTestIndicators() {
        for (int i = 0; i < INDICATORS; i++) {
            jdbc.sql(
                            "INSERT INTO indicator (code, name, unit, better, every_agency, active, version) VALUES (?, ?, 'COUNT', 'NEITHER', TRUE, TRUE, 1)")
                    .params(code(i), "Test indicator " + i)
                    .update();
        }
    }

    private static String code(int i) {
        return "KT-%04d".formatted(i);
    }

    /** One row per test indicator and quarter from 1920/21 Q1, all for the police; row i holds the value i. */
    private static void writeLargeScorecard(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("agency,period,indicator,value\n");
            int n = 0;
            for (int q = 0; q < QUARTERS; q++) {
                String period = (1920 + q / 4) + "/" + "%02d".formatted((1921 + q / 4) % 100) + " Q" + (q % 4 + 1);
                for (int i = 0; i < INDICATORS; i++) {
                    out.write("POLICE," + period + "," + code(i) + "," + n++ + "\n");
                }
            }
        }
    }

    private Process start(Path work, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                BatchImportApplication.class.getName(),
                "--inbox=" + work.resolve("inbox"),
                "--scrutiny.storage.dir=" + work.resolve("evidence"),
                "--scrutiny.import.chunk-size=500",
                "--logging.level.uk.scrutiny.batch.imports=debug"));
        command.addAll(databaseArguments());
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile())
                .start();
    }

    /** Until the first chunk of figures is committed: the rows are read ahead of what is stored, so the log cannot tell. */
    private void waitForStoredRows(Process process, Path log) throws Exception {
        for (int waited = 0; waited < 18_000; waited++) {
            if (jdbc.sql("SELECT COUNT(*) FROM scorecard_value")
                            .query(Long.class)
                            .single()
                    > 0) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("The import ended before it was seen loading: " + Files.readString(log));
            }
            Thread.sleep(10);
        }
        process.destroyForcibly();
        throw new AssertionError("The import did not start loading within three minutes: " + Files.readString(log));
    }
}
