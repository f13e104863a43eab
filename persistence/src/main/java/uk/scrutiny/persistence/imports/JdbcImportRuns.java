package uk.scrutiny.persistence.imports;

import static java.time.ZoneOffset.UTC;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import uk.scrutiny.domain.imports.FileStage;
import uk.scrutiny.domain.imports.ImportFile;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ImportKind;
import uk.scrutiny.domain.imports.ImportOutcome;
import uk.scrutiny.domain.imports.ImportRun;
import uk.scrutiny.domain.imports.ImportRuns;
import uk.scrutiny.domain.imports.RunStatus;
import uk.scrutiny.domain.imports.RunTrigger;
import uk.scrutiny.domain.imports.ScorecardUpload;
import uk.scrutiny.domain.imports.UploadOutcome;
import uk.scrutiny.domain.partnership.AgencyCode;

/** Runs, files and issues; issues go in by JDBC batches, since a bad file of a million rows has a million of them. */
@Repository
class JdbcImportRuns implements ImportRuns {

    /** Instants are bound as UTC text: Connector/J takes MariaDB 10.11 for MySQL 5.5 and would drop fractions of a second. */
    private static final DateTimeFormatter UTC_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(UTC);

    private static final int BATCH_SIZE = 1000;

    private static final String SELECT_RUN =
            "SELECT id, started_at, finished_at, status, run_trigger, started_by, failure, report FROM import_run";
    private static final String SELECT_FILE = """
            SELECT id, run_id, path, kind, sha256, file_size, stage, outcome, rows_read, rows_imported, rows_rejected,
                   submitted_by, only_agency, filed_as
            FROM import_file""";
    private static final String SELECT_ISSUE =
            "SELECT row_no, column_name, cell_value, reason, warning FROM import_issue";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    JdbcImportRuns(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public ImportRun start(RunTrigger trigger, String startedBy, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO import_run (started_at, status, run_trigger, started_by) VALUES (?, ?, ?, ?)")
                .params(UTC_DATE_TIME.format(at), RunStatus.RUNNING.name(), trigger.name(), startedBy)
                .update(key);
        return find(Objects.requireNonNull(key.getKey()).longValue()).orElseThrow();
    }

    @Override
    public void finish(long runId, RunStatus status, Instant at, @Nullable String failure, @Nullable String report) {
        jdbc.sql("UPDATE import_run SET status = ?, finished_at = ?, failure = ?, report = ? WHERE id = ?")
                .params(
                        status.name(),
                        UTC_DATE_TIME.format(at),
                        failure == null ? null : cut(failure, 2000),
                        report,
                        runId)
                .update();
    }

    @Override
    public Optional<ImportRun> find(long runId) {
        return jdbc.sql(SELECT_RUN + " WHERE id = ?")
                .param(runId)
                .query(JdbcImportRuns::run)
                .optional();
    }

    @Override
    public List<ImportRun> find(int offset, int limit) {
        return jdbc.sql(SELECT_RUN + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query(JdbcImportRuns::run)
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM import_run").query(Long.class).single();
    }

    @Override
    public List<ImportRun> unfinished() {
        return jdbc.sql(SELECT_RUN + " WHERE status = ? ORDER BY id")
                .param(RunStatus.RUNNING.name())
                .query(JdbcImportRuns::run)
                .list();
    }

    @Override
    public ImportFile addFile(
            long runId,
            String path,
            ImportKind kind,
            String sha256,
            long size,
            String submittedBy,
            @Nullable AgencyCode onlyAgency) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO import_file (run_id, path, kind, sha256, file_size, stage, rows_read, rows_imported, rows_rejected,
                                                 submitted_by, only_agency)
                        VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?)""")
                .params(
                        runId,
                        path,
                        kind.name(),
                        sha256,
                        size,
                        FileStage.FOUND.name(),
                        submittedBy,
                        onlyAgency == null ? null : onlyAgency.value())
                .update(key);
        return file(Objects.requireNonNull(key.getKey()).longValue()).orElseThrow();
    }

    @Override
    public void update(ImportFile file) {
        jdbc.sql("""
                        UPDATE import_file SET stage = ?, outcome = ?, rows_read = ?, rows_imported = ?, rows_rejected = ?, filed_as = ?
                        WHERE id = ?""")
                .params(
                        file.stage().name(),
                        file.outcome() == null ? null : file.outcome().name(),
                        file.rowsRead(),
                        file.rowsImported(),
                        file.rowsRejected(),
                        file.filedAs(),
                        file.id())
                .update();
    }

    @Override
    public Optional<ImportFile> file(long fileId) {
        return jdbc.sql(SELECT_FILE + " WHERE id = ?")
                .param(fileId)
                .query(JdbcImportRuns::file)
                .optional();
    }

    @Override
    public List<ImportFile> files(long runId) {
        return jdbc.sql(SELECT_FILE + " WHERE run_id = ? ORDER BY id")
                .param(runId)
                .query(JdbcImportRuns::file)
                .list();
    }

    @Override
    public void addIssues(long fileId, List<ImportIssue> issues) {
        batch.batchUpdate(
                "INSERT INTO import_issue (file_id, row_no, column_name, cell_value, reason, warning) VALUES (?, ?, ?, ?, ?, ?)",
                issues,
                BATCH_SIZE,
                (ps, issue) -> {
                    ps.setLong(1, fileId);
                    ps.setObject(2, issue.row(), Types.INTEGER);
                    ps.setObject(3, issue.column(), Types.VARCHAR);
                    ps.setObject(4, issue.value(), Types.VARCHAR);
                    ps.setString(5, issue.reason());
                    ps.setBoolean(6, issue.warning());
                });
    }

    @Override
    public void clearIssues(long fileId) {
        jdbc.sql("DELETE FROM import_issue WHERE file_id = ?").param(fileId).update();
    }

    @Override
    public List<ImportIssue> issues(long fileId, int offset, int limit) {
        return jdbc.sql(SELECT_ISSUE + " WHERE file_id = ? ORDER BY id LIMIT ? OFFSET ?")
                .params(fileId, limit, offset)
                .query(JdbcImportRuns::issue)
                .list();
    }

    @Override
    public long countIssues(long fileId, boolean warnings) {
        return jdbc.sql("SELECT COUNT(*) FROM import_issue WHERE file_id = ? AND warning = ?")
                .params(fileId, warnings)
                .query(Long.class)
                .single();
    }

    @Override
    public int countRowsWithErrors(long fileId) {
        return jdbc.sql(
                        "SELECT COUNT(DISTINCT row_no) FROM import_issue WHERE file_id = ? AND warning = ? AND row_no IS NOT NULL")
                .params(fileId, false)
                .query(Integer.class)
                .single();
    }

    @Override
    public void forEachIssue(long fileId, Consumer<ImportIssue> action) {
        long after = 0;
        while (true) {
            List<Long> ids = new ArrayList<>(BATCH_SIZE);
            List<ImportIssue> page = jdbc.sql(
                            "SELECT id, row_no, column_name, cell_value, reason, warning FROM import_issue"
                                    + " WHERE file_id = ? AND id > ? ORDER BY id LIMIT ?")
                    .params(fileId, after, BATCH_SIZE)
                    .query((rs, n) -> {
                        ids.add(rs.getLong("id"));
                        return issue(rs, n);
                    })
                    .list();
            page.forEach(action);
            if (page.size() < BATCH_SIZE) {
                return;
            }
            after = ids.getLast();
        }
    }

    @Override
    public void addUpload(ScorecardUpload upload) {
        jdbc.sql("""
                        INSERT INTO import_upload (inbox_name, original_name, sha256, submitted_by, only_agency, received_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        upload.inboxName(),
                        cut(upload.originalName(), 255),
                        upload.sha256(),
                        upload.submittedBy(),
                        upload.onlyAgency() == null ? null : upload.onlyAgency().value(),
                        UTC_DATE_TIME.format(upload.receivedAt()))
                .update();
    }

    @Override
    public Optional<ScorecardUpload> upload(String inboxName) {
        return jdbc.sql(
                        "SELECT inbox_name, original_name, sha256, submitted_by, only_agency, received_at FROM import_upload WHERE inbox_name = ?")
                .param(inboxName)
                .query(JdbcImportRuns::upload)
                .optional();
    }

    @Override
    public List<UploadOutcome> uploads(@Nullable AgencyCode agency, int limit) {
        String where = agency == null ? "" : " WHERE u.only_agency = :agency";
        var statement = jdbc.sql("""
                        SELECT u.inbox_name, u.original_name, u.sha256, u.submitted_by, u.only_agency, u.received_at,
                               (SELECT MAX(f.id) FROM import_file f WHERE f.path = CONCAT('scorecards/', u.inbox_name)) AS file_id
                        FROM import_upload u""" + where + " ORDER BY u.received_at DESC LIMIT :limit")
                .param("limit", limit);
        if (agency != null) {
            statement = statement.param("agency", agency.value());
        }
        return statement
                .query((rs, n) -> {
                    Long fileId = rs.getObject("file_id", Long.class);
                    return new UploadOutcome(
                            upload(rs, n), fileId == null ? null : file(fileId).orElse(null));
                })
                .list();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(UTC);
    }

    private static ImportRun run(ResultSet rs, int row) throws SQLException {
        return new ImportRun(
                rs.getLong("id"),
                Objects.requireNonNull(instant(rs, "started_at")),
                instant(rs, "finished_at"),
                RunStatus.valueOf(rs.getString("status")),
                RunTrigger.valueOf(rs.getString("run_trigger")),
                rs.getString("started_by"),
                rs.getString("failure"),
                rs.getString("report"));
    }

    private static ImportFile file(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        String agency = rs.getString("only_agency");
        return new ImportFile(
                rs.getLong("id"),
                rs.getLong("run_id"),
                rs.getString("path"),
                ImportKind.valueOf(rs.getString("kind")),
                rs.getString("sha256"),
                rs.getLong("file_size"),
                FileStage.valueOf(rs.getString("stage")),
                outcome == null ? null : ImportOutcome.valueOf(outcome),
                rs.getInt("rows_read"),
                rs.getInt("rows_imported"),
                rs.getInt("rows_rejected"),
                rs.getString("submitted_by"),
                agency == null ? null : new AgencyCode(agency),
                rs.getString("filed_as"));
    }

    private static ImportIssue issue(ResultSet rs, int row) throws SQLException {
        return new ImportIssue(
                rs.getObject("row_no", Integer.class),
                rs.getString("column_name"),
                rs.getString("cell_value"),
                rs.getString("reason"),
                rs.getBoolean("warning"));
    }

    private static ScorecardUpload upload(ResultSet rs, int row) throws SQLException {
        String agency = rs.getString("only_agency");
        return new ScorecardUpload(
                rs.getString("inbox_name"),
                rs.getString("original_name"),
                rs.getString("sha256"),
                rs.getString("submitted_by"),
                agency == null ? null : new AgencyCode(agency),
                Objects.requireNonNull(instant(rs, "received_at")));
    }
}
