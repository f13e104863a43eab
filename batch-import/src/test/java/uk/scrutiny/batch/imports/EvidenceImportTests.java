package uk.scrutiny.batch.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.scrutiny.application.security.CurrentActor;
import uk.scrutiny.batch.TestInbox;
import uk.scrutiny.domain.evidence.EvidenceFilter;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.evidence.EvidenceItems;
import uk.scrutiny.domain.evidence.EvidenceType;
import uk.scrutiny.domain.framework.Frameworks;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ImportLocks;
import uk.scrutiny.domain.imports.ImportOutcome;
import uk.scrutiny.domain.imports.ImportRuns;
import uk.scrutiny.domain.imports.RunTrigger;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.period.UkDates;
import uk.scrutiny.domain.review.Assessments;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.domain.review.Reviews;
import uk.scrutiny.domain.scorecard.ScorecardSubmission;
import uk.scrutiny.domain.scorecard.ScorecardSubmissions;
import uk.scrutiny.domain.scorecard.SubmissionStatus;

/** The whole import over an inbox, on a real database: the fixtures, duplicates, resubmission and hostile files. */
abstract class EvidenceImportTests {

    private static final Path WORK = createWork();
    static final TestInbox INBOX = new TestInbox(WORK.resolve("inbox"));
    private static final FinancialQuarter Q2 = FinancialQuarter.parse("2022/23 Q2");
    private static final AgencyCode POLICE = AgencyCode.of("POLICE");
    private static final AgencyCode LA = AgencyCode.of("LA");

    @Autowired
    ImportRunner runner;

    @Autowired
    ImportRuns runs;

    @Autowired
    ImportLocks locks;

    @Autowired
    ScorecardSubmissions submissions;

    @Autowired
    EvidenceItems evidence;

    @Autowired
    Reviews reviews;

    @Autowired
    Assessments assessments;

    @Autowired
    Frameworks frameworks;

    @Autowired
    JdbcClient jdbc;

    private static Path createWork() {
        try {
            return Files.createTempDirectory("scrutiny-import-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry properties) {
        properties.add("scrutiny.import.inbox", () -> INBOX.root().toString());
        properties.add("scrutiny.storage.dir", () -> WORK.resolve("evidence").toString());
    }

    @BeforeEach
    void emptyInboxAndImportedData() {
        INBOX.clear();
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
    }

    private RunResult run() {
        return runner.runOnce(RunTrigger.COMMAND_LINE, "test");
    }

    private static ImportFile only(RunResult result) {
        assertThat(result.files()).hasSize(1);
        return result.files().getFirst();
    }

    private List<ImportIssue> errors(ImportFile file) {
        return runs.issues(file.id(), 0, 1000).stream()
                .filter(i -> !i.warning())
                .toList();
    }

    private static String today() {
        return LocalDate.now(UkDates.ZONE).toString();
    }

    @Test
    void the_police_csv_and_the_la_workbook_are_imported_whole() throws IOException {
        INBOX.fixture("scorecards/police-2022-23-q2.csv", "scorecards/police-2022-23-q2.csv");
        INBOX.fixture("scorecards/la-2022-23-q2.xlsx", "scorecards/la-2022-23-q2.xlsx");

        RunResult result = run();

        assertThat(result.exitCode()).isZero();
        assertThat(result.files()).extracting(ImportFile::outcome).containsOnly(ImportOutcome.IMPORTED);
        ScorecardSubmission police = submissions.current(POLICE, Q2).orElseThrow();
        assertThat(police.valueCount()).isEqualTo(4);
        assertThat(submissions.values(police.id()))
                .extracting(v -> v.measurement().display())
                .containsExactly("412", "387", "23", "91.5");
        ScorecardSubmission la = submissions.current(LA, Q2).orElseThrow();
        assertThat(submissions.values(la.id()))
                .extracting(v -> v.indicator().value() + "=" + v.measurement().display())
                .containsExactly(
                        "CSC-REFERRALS=1254",
                        "CSC-REREFERRAL-PCT=21.4",
                        "CP-PLANS-RATE=52.3",
                        "CP-REPEAT-PCT=18",
                        "CLA-RATE=97.1",
                        "EH-ASSESSMENTS=633",
                        "EDU-EHE=402");
        EvidenceItem item = evidence.find(police.evidence()).orElseThrow();
        assertThat(item.type()).isEqualTo(EvidenceType.SCORECARD);
        assertThat(item.date()).isEqualTo(Q2.end());
        assertThat(item.file()).isNotNull();
        assertThat(INBOX.filesUnder("archive"))
                .containsExactly(
                        "archive/" + today() + "/la-2022-23-q2.xlsx", "archive/" + today() + "/police-2022-23-q2.csv");
        assertThat(INBOX.filesUnder("scorecards")).isEmpty();
    }

    @Test
    void the_run_report_lists_each_file_with_its_outcome() {
        INBOX.fixture("scorecards/police-2022-23-q2.csv", "scorecards/police-2022-23-q2.csv");

        RunResult result = run();

        List<String> reports = INBOX.filesUnder("reports");
        assertThat(reports).hasSize(1).allMatch(r -> r.endsWith("-import.json"));
        JsonNode report = JsonMapper.shared()
                .readTree(INBOX.root().resolve(reports.getFirst()).toFile());
        assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
        JsonNode file = report.get("files").get(0);
        assertThat(file.get("file").asString()).isEqualTo("scorecards/police-2022-23-q2.csv");
        assertThat(file.get("kind").asString()).isEqualTo("SCORECARD");
        assertThat(file.get("outcome").asString()).isEqualTo("IMPORTED");
        assertThat(file.get("rowsRead").asInt()).isEqualTo(4);
        assertThat(file.get("rowsImported").asInt()).isEqualTo(4);
        assertThat(file.get("errors").size()).isZero();
        assertThat(runs.find(result.runs().getFirst()).orElseThrow().report()).isEqualTo(reports.getFirst());
    }

    @Test
    void the_health_csv_is_rejected_whole_with_one_error_for_each_bad_row() throws IOException {
        INBOX.fixture("scorecards/health-2022-23-q2-with-errors.csv", "scorecards/health-2022-23-q2-with-errors.csv");

        RunResult result = run();

        assertThat(result.exitCode()).isEqualTo(RunResult.REJECTIONS);
        ImportFile file = only(result);
        assertThat(file.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(file.rowsRead()).isEqualTo(7);
        assertThat(file.rowsRejected()).isEqualTo(6);
        assertThat(errors(file)).extracting(ImportIssue::row).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(errors(file))
                .extracting(ImportIssue::column)
                .containsExactly("value", "value", "indicator", "period", "indicator", "indicator");
        assertThat(submissions.history(AgencyCode.of("HEALTH"))).isEmpty();
        String filed = "rejected/" + today() + "/health-2022-23-q2-with-errors.csv";
        assertThat(INBOX.filesUnder("rejected")).containsExactly(filed, filed + ".errors.csv");
        List<String> report = Files.readAllLines(INBOX.root().resolve(filed + ".errors.csv"));
        assertThat(report.getFirst()).endsWith("row,column,value,reason");
        assertThat(report).hasSize(7);
        assertThat(report.get(1)).startsWith("3,value,n/a,");
    }

    @Test
    void the_minutes_manifest_imports_its_three_good_rows_and_rejects_the_missing_document() {
        Review review = reviewInProgress();
        INBOX.minutesFixture("2022-12-exec");

        RunResult result = run();

        ImportFile file = only(result);
        assertThat(file.outcome()).isEqualTo(ImportOutcome.PARTIAL);
        assertThat(file.rowsRead()).isEqualTo(4);
        assertThat(file.rowsImported()).isEqualTo(3);
        assertThat(errors(file)).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(5);
            assertThat(error.column()).isEqualTo("document");
            assertThat(error.reason()).contains("There is no file 'sscp-minutes-2023-02-20.pdf'");
        });
        List<EvidenceItem> minutes =
                evidence.find(new EvidenceFilter(EvidenceType.MINUTES, null, null, null, null, null, null), 0, 10);
        assertThat(minutes)
                .extracting(EvidenceItem::title)
                .containsExactlyInAnyOrder(
                        "SSCP Executive minutes, 12 December 2022",
                        "Minutes SOG 2022-11-07 Approved",
                        "SSCP Executive minutes, 16 January 2023");
        assertThat(minutes)
                .filteredOn(EvidenceItem::draft)
                .extracting(EvidenceItem::title)
                .containsExactly("SSCP Executive minutes, 16 January 2023");
        assertThat(minutes).allSatisfy(m -> assertThat(m.file()).isNotNull());
        ReviewId id = review.requireId();
        assertThat(assessments.find(id, QuestionRef.parse("3.2")).orElseThrow().citedEvidence())
                .hasSize(1);
        assertThat(assessments.find(id, QuestionRef.parse("2.3")).orElseThrow().citedEvidence())
                .hasSize(1);
        assertThat(INBOX.filesUnder("archive"))
                .contains(
                        "archive/" + today() + "/2022-12-exec/manifest.csv",
                        "archive/" + today() + "/2022-12-exec.errors.csv");
    }

    @Test
    void the_same_minutes_imported_again_change_nothing() {
        reviewInProgress();
        INBOX.minutesFixture("first");
        run();
        long items = evidence.count(EvidenceFilter.ALL);

        INBOX.minutesFixture("again");
        ImportFile again = only(run());

        assertThat(again.outcome()).isEqualTo(ImportOutcome.PARTIAL);
        assertThat(evidence.count(EvidenceFilter.ALL)).isEqualTo(items);
    }

    @Test
    void minutes_of_a_signed_off_review_are_stored_unlinked_with_a_warning() {
        Review review = reviewInProgress();
        jdbc.sql("UPDATE review SET status = 'SIGNED_OFF' WHERE id = ?")
                .param(review.requireId().value())
                .update();
        INBOX.minutesFixture("2022-12-exec");

        ImportFile file = only(run());

        assertThat(file.rowsImported()).isEqualTo(3);
        assertThat(runs.issues(file.id(), 0, 100))
                .filteredOn(ImportIssue::warning)
                .hasSize(2)
                .allSatisfy(w -> assertThat(w.reason()).contains("signed off and so read-only"));
        assertThat(assessments
                        .find(review.requireId(), QuestionRef.parse("3.2"))
                        .orElseThrow()
                        .citedEvidence())
                .isEmpty();
        jdbc.sql("UPDATE review SET status = 'IN_REVIEW' WHERE id = ?")
                .param(review.requireId().value())
                .update();
    }

    @Test
    void the_same_file_sent_twice_is_a_duplicate_and_changes_nothing() {
        INBOX.fixture("scorecards/police-2022-23-q2.csv", "scorecards/police-2022-23-q2.csv");
        run();
        ScorecardSubmission first = submissions.current(POLICE, Q2).orElseThrow();

        INBOX.fixture("scorecards/police-2022-23-q2.csv", "scorecards/police-again.csv");
        RunResult again = run();

        assertThat(again.exitCode()).isZero();
        assertThat(only(again).outcome()).isEqualTo(ImportOutcome.DUPLICATE);
        assertThat(submissions.current(POLICE, Q2)).contains(first);
        assertThat(submissions.history(POLICE)).hasSize(1);
        assertThat(INBOX.filesUnder("archive")).contains("archive/" + today() + "/police-again.csv");
    }

    @Test
    void a_resubmission_replaces_the_figures_and_keeps_the_earlier_one_in_the_history() {
        INBOX.fixture("scorecards/police-2022-23-q2.csv", "scorecards/police-2022-23-q2.csv");
        run();
        INBOX.put("scorecards/police-2022-23-q2.csv", """
                agency,period,indicator,value,numerator,denominator,comment
                POLICE,2022/23 Q2,POL-DA-CHILD,415,,,Corrected after audit
                POLICE,2022/23 Q2,POL-MISSING,387,,,
                """);

        assertThat(only(run()).outcome()).isEqualTo(ImportOutcome.IMPORTED);

        ScorecardSubmission current = submissions.current(POLICE, Q2).orElseThrow();
        assertThat(submissions.values(current.id()))
                .extracting(v -> v.measurement().display())
                .containsExactly("415", "387");
        assertThat(submissions.history(POLICE))
                .extracting(ScorecardSubmission::status)
                .containsExactly(SubmissionStatus.CURRENT, SubmissionStatus.SUPERSEDED);
        assertThat(INBOX.filesUnder("archive")).contains("archive/" + today() + "/police-2022-23-q2-2.csv");
    }

    @Test
    void a_csv_that_is_not_utf8_is_rejected_saying_so() {
        INBOX.put(
                "scorecards/police-1252.csv",
                "agency,period,indicator,value,comment\nPOLICE,2022/23 Q2,POL-MISSING,387,Caf\u00e9 \u00a3 figures\n"
                        .getBytes(Charset.forName("windows-1252")));

        ImportFile file = only(run());

        assertThat(file.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(errors(file))
                .singleElement()
                .extracting(ImportIssue::reason)
                .asString()
                .contains("is not UTF-8 text")
                .contains("CSV UTF-8");
    }

    @Test
    void a_renamed_program_is_refused_by_its_bytes() {
        byte[] program = new byte[512];
        program[0] = 0x7f;
        program[1] = 'E';
        program[2] = 'L';
        program[3] = 'F';
        INBOX.put("scorecards/figures.csv", program);

        ImportFile file = only(run());

        assertThat(file.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(errors(file).getFirst().reason()).contains("named as a CSV file, but its content is");
    }

    @Test
    void a_zip_bomb_workbook_is_rejected_and_the_run_goes_on_with_the_next_file() throws IOException {
        INBOX.put("scorecards/a-bomb.xlsx", zipBomb());
        INBOX.fixture("scorecards/police-2022-23-q2.csv", "scorecards/b-police.csv");

        RunResult result = run();

        assertThat(result.files())
                .extracting(ImportFile::outcome)
                .containsExactly(ImportOutcome.REJECTED, ImportOutcome.IMPORTED);
        assertThat(errors(result.files().getFirst()).getFirst().reason()).contains("zip bomb");
    }

    @Test
    void a_workbook_with_an_external_entity_is_rejected_and_leaks_nothing() throws IOException {
        Path secret = Files.writeString(WORK.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        INBOX.put("scorecards/entity.xlsx", workbookWithEntity(secret));

        ImportFile file = only(run());

        assertThat(file.outcome()).isEqualTo(ImportOutcome.REJECTED);
        List<ImportIssue> issues = runs.issues(file.id(), 0, 100);
        assertThat(issues).isNotEmpty();
        assertThat(issues).allSatisfy(i -> assertThat(i.reason() + i.value()).doesNotContain("TOP-SECRET"));
        assertThat(issues.getFirst().reason()).contains("was refused");
    }

    @Test
    void a_manifest_row_whose_document_leaves_its_folder_is_refused_and_nothing_outside_is_read() throws IOException {
        reviewInProgress();
        Path outside = INBOX.put(
                "minutes/secret.pdf",
                Files.readAllBytes(fixturePath("minutes/2022-12-exec/sog-minutes-2022-11-07-approved.pdf")));
        INBOX.fixture("minutes/2022-12-exec/sog-minutes-2022-11-07-approved.pdf", "minutes/escape/good.pdf");
        Path folder = INBOX.root().resolve("minutes/escape");
        Files.createSymbolicLink(folder.resolve("linked.pdf"), outside);
        INBOX.put("minutes/escape/manifest.csv", """
                meeting,meeting_date,status,title,document
                SOG,2022-11-07,approved,Escapes up,../secret.pdf
                SOG,2022-11-07,approved,Absolute,%s
                SOG,2022-11-07,approved,Through a link,linked.pdf
                EXEC,2022-12-12,approved,Plain,good.pdf
                """.formatted(outside.toAbsolutePath()));
        TestInbox.settle(folder);

        ImportFile file = only(run());

        assertThat(file.outcome()).isEqualTo(ImportOutcome.PARTIAL);
        assertThat(errors(file))
                .extracting(ImportIssue::reason)
                .satisfiesExactly(
                        up -> assertThat(up).contains("reaches outside the manifest's folder"),
                        absolute -> assertThat(absolute).contains("is an absolute path"),
                        link -> assertThat(link).contains("is a link to another file"));
        assertThat(evidence.find(new EvidenceFilter(EvidenceType.MINUTES, null, null, null, null, null, null), 0, 10))
                .extracting(EvidenceItem::title)
                .containsExactly("Plain");
    }

    @Test
    void only_one_import_runs_at_a_time() {
        INBOX.fixture("scorecards/police-2022-23-q2.csv", "scorecards/police-2022-23-q2.csv");
        RunResult busy;
        try (ImportLocks.Held held = locks.tryAcquire().orElseThrow()) {
            busy = run();
        }

        assertThat(busy.exitCode()).isEqualTo(RunResult.FAILED);
        assertThat(busy.runs()).isEmpty();
        assertThat(busy.failure()).contains("Another import is running");
        assertThat(INBOX.filesUnder("scorecards")).hasSize(1);
        assertThat(run().exitCode()).isZero();
    }

    @Test
    void a_data_officer_s_upload_holding_another_agency_s_rows_is_rejected() {
        INBOX.fixture("scorecards/la-2022-23-q2.xlsx", "scorecards/upload-la.xlsx");
        CurrentActor.runAsSystem(() -> runs.addUpload(new uk.scrutiny.domain.imports.ScorecardUpload(
                "upload-la.xlsx",
                "la-2022-23-q2.xlsx",
                "0".repeat(64),
                "police.data",
                POLICE,
                java.time.Instant.now())));

        ImportFile file = only(run());

        assertThat(file.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(file.submittedBy()).isEqualTo("police.data");
        assertThat(errors(file))
                .hasSize(7)
                .allSatisfy(e -> assertThat(e.reason()).startsWith("You send figures for POLICE only"));
        assertThat(submissions.current(LA, Q2)).isEmpty();
    }

    private Review reviewInProgress() {
        FinancialYear year = FinancialYear.of(2022);
        return reviews.findByYear(year).orElseGet(() -> {
            var framework = frameworks.latestVersions().getFirst();
            return reviews.save(Review.start(year, framework.id(), "Simon Westwood"));
        });
    }

    private static Path fixturePath(String fixture) {
        try {
            return Path.of(EvidenceImportTests.class
                    .getResource("/fixtures/" + fixture)
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every part of a one-sheet workbook but the sheet itself. */
    private static void workbookParts(ZipOutputStream zip) throws IOException {
        entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
        entry(zip, "_rels/.rels", RELS);
        entry(zip, "xl/workbook.xml", WORKBOOK);
        entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
    }

    /** A workbook whose sheet is 20 MB of one repeated byte: it compresses some thousandfold. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            workbookParts(zip);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A workbook whose sheet declares an external entity naming a file, and uses it in a cell. */
    private static byte[] workbookWithEntity(Path secret) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            workbookParts(zip);
            entry(zip, "xl/worksheets/sheet1.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE worksheet [<!ENTITY secret SYSTEM "%s">]>
                    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                    <row r="1"><c r="A1" t="inlineStr"><is><t>agency</t></is></c><c r="B1" t="inlineStr"><is><t>period</t></is></c>\
                    <c r="C1" t="inlineStr"><is><t>indicator</t></is></c><c r="D1" t="inlineStr"><is><t>value</t></is></c></row>
                    <row r="2"><c r="A2" t="inlineStr"><is><t>&secret;</t></is></c></row>
                    </sheetData></worksheet>""".formatted(secret.toUri()));
        }
        return bytes.toByteArray();
    }

    private static final String RELS = """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>""";
    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
            <sheet name="Scorecard" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    private static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
            </Relationships>""";

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
