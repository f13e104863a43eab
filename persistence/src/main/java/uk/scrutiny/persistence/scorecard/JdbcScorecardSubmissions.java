package uk.scrutiny.persistence.scorecard;

import static java.time.ZoneOffset.UTC;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.scorecard.IndicatorCode;
import uk.scrutiny.domain.scorecard.Measurement;
import uk.scrutiny.domain.scorecard.QuarterValue;
import uk.scrutiny.domain.scorecard.ScorecardSubmission;
import uk.scrutiny.domain.scorecard.ScorecardSubmissions;
import uk.scrutiny.domain.scorecard.ScorecardValue;
import uk.scrutiny.domain.scorecard.SubmissionStatus;
import uk.scrutiny.domain.scorecard.SuppressionSymbol;

/**
 * Submissions and their values. On MySQL and MariaDB the values of a chunk go in as one stream
 * ({@link ScorecardValueBulkLoad}) where the server allows it; otherwise by JDBC batches, which
 * Connector/J with {@code rewriteBatchedStatements=true} sends as multi-row inserts: a file of a
 * million values is a hundred round trips, not a million.
 */
@Repository
class JdbcScorecardSubmissions implements ScorecardSubmissions {

    /** Instants are bound as UTC text: Connector/J takes MariaDB 10.11 for MySQL 5.5 and would drop fractions of a second. */
    private static final DateTimeFormatter UTC_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(UTC);

    /** Rows per JDBC batch: a chunk of the import is sent as one multi-row insert, split only at the server's packet size. */
    private static final int BATCH_SIZE = 10_000;

    private static final String SELECT = """
            SELECT id, agency_code, fy_start, fy_quarter, file_name, sha256, received_at, submitted_by, status, value_count,
                   evidence_id
            FROM scorecard_submission""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    /** The server's {@code local_infile}, once asked: a server setting, not one of each chunk. */
    private volatile @Nullable Boolean serverTakesLocalData;

    JdbcScorecardSubmissions(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public ScorecardSubmission add(ScorecardSubmission submission, List<ScorecardValue> values) {
        FinancialQuarter quarter = submission.quarter();
        supersedeCurrent(submission.agency(), quarter);
        long id = insert(submission, SubmissionStatus.CURRENT, values.size(), null);
        insertValues(id, values);
        return new ScorecardSubmission(
                id,
                submission.agency(),
                quarter,
                submission.fileName(),
                submission.sha256(),
                submission.receivedAt(),
                submission.submittedBy(),
                SubmissionStatus.CURRENT,
                values.size(),
                submission.evidence());
    }

    private void supersedeCurrent(AgencyCode agency, FinancialQuarter quarter) {
        jdbc.sql("""
                        UPDATE scorecard_submission SET status = :superseded
                        WHERE agency_code = :agency AND fy_start = :year AND fy_quarter = :quarter AND status = :current""")
                .param("superseded", SubmissionStatus.SUPERSEDED.name())
                .param("current", SubmissionStatus.CURRENT.name())
                .param("agency", agency.value())
                .param("year", quarter.year().startYear())
                .param("quarter", quarter.number())
                .update();
    }

    private long insert(
            ScorecardSubmission submission, SubmissionStatus status, int valueCount, @Nullable Long importFileId) {
        FinancialQuarter quarter = submission.quarter();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO scorecard_submission (agency_code, fy_start, fy_quarter, file_name, sha256, received_at,
                                                          submitted_by, status, value_count, evidence_id, import_file_id)
                        VALUES (:agency, :year, :quarter, :fileName, :sha256, :receivedAt, :submittedBy, :status, :valueCount,
                                :evidence, :importFile)""")
                .param("agency", submission.agency().value())
                .param("year", quarter.year().startYear())
                .param("quarter", quarter.number())
                .param("fileName", submission.fileName())
                .param("sha256", submission.sha256())
                .param("receivedAt", UTC_DATE_TIME.format(submission.receivedAt()))
                .param("submittedBy", submission.submittedBy())
                .param("status", status.name())
                .param("valueCount", valueCount)
                .param(
                        "evidence",
                        submission.evidence() == null
                                ? null
                                : submission.evidence().value())
                .param("importFile", importFileId)
                .update(key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private void insertValues(long submissionId, List<ScorecardValue> values) {
        if (values.isEmpty()) {
            return;
        }
        Boolean loaded = batch.execute((ConnectionCallback<Boolean>) connection -> {
            if (!ScorecardValueBulkLoad.offeredByClient(connection) || !serverTakesLocalData(connection)) {
                return false;
            }
            ScorecardValueBulkLoad.load(connection, submissionId, values);
            return true;
        });
        if (!Boolean.TRUE.equals(loaded)) {
            insertBatches(submissionId, values);
        }
    }

    private boolean serverTakesLocalData(Connection connection) throws SQLException {
        Boolean allowed = serverTakesLocalData;
        if (allowed == null) {
            allowed = ScorecardValueBulkLoad.allowedByServer(connection);
            serverTakesLocalData = allowed;
        }
        return allowed;
    }

    private void insertBatches(long submissionId, List<ScorecardValue> values) {
        batch.batchUpdate("""
                        INSERT INTO scorecard_value (submission_id, indicator_code, number_value, symbol, numerator, denominator,
                                                     value_comment)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""", values, BATCH_SIZE, (ps, value) -> {
            ps.setLong(1, submissionId);
            ps.setString(2, value.indicator().value());
            ps.setObject(
                    3,
                    value.measurement() instanceof Measurement.Number(BigDecimal number) ? number : null,
                    Types.DECIMAL);
            ps.setObject(
                    4,
                    value.measurement() instanceof Measurement.Suppressed(SuppressionSymbol symbol)
                            ? symbol.symbol()
                            : null,
                    Types.VARCHAR);
            ps.setObject(5, value.numerator(), Types.BIGINT);
            ps.setObject(6, value.denominator(), Types.BIGINT);
            ps.setObject(7, value.comment(), Types.VARCHAR);
        });
    }

    @Override
    public ScorecardSubmission startLoading(ScorecardSubmission submission, long importFileId) {
        long id = insert(submission, SubmissionStatus.LOADING, 0, importFileId);
        return find(id).orElseThrow();
    }

    @Override
    public Optional<ScorecardSubmission> loading(long importFileId, AgencyCode agency, FinancialQuarter quarter) {
        return jdbc.sql(
                        SELECT
                                + " WHERE import_file_id = ? AND agency_code = ? AND fy_start = ? AND fy_quarter = ? AND status = ?")
                .params(
                        importFileId,
                        agency.value(),
                        quarter.year().startYear(),
                        quarter.number(),
                        SubmissionStatus.LOADING.name())
                .query(JdbcScorecardSubmissions::submission)
                .optional();
    }

    @Override
    public List<ScorecardSubmission> loading(long importFileId) {
        return jdbc.sql(SELECT + " WHERE import_file_id = ? AND status = ? ORDER BY id")
                .params(importFileId, SubmissionStatus.LOADING.name())
                .query(JdbcScorecardSubmissions::submission)
                .list();
    }

    @Override
    public long loadedValues(long importFileId) {
        return jdbc.sql(
                        "SELECT COALESCE(SUM(value_count), 0) FROM scorecard_submission WHERE import_file_id = ? AND status = ?")
                .params(importFileId, SubmissionStatus.LOADING.name())
                .query(Long.class)
                .single();
    }

    @Override
    public void addValues(long submissionId, List<ScorecardValue> values) {
        insertValues(submissionId, values);
        // Counted as they go in, in the same transaction: publishing need not count a million rows.
        jdbc.sql("UPDATE scorecard_submission SET value_count = value_count + ? WHERE id = ?")
                .params(values.size(), submissionId)
                .update();
    }

    @Override
    public ScorecardSubmission publish(long submissionId, EvidenceId evidence) {
        ScorecardSubmission loaded = find(submissionId)
                .filter(s -> s.status() == SubmissionStatus.LOADING)
                .orElseThrow(() -> new IllegalStateException("Submission " + submissionId + " is not being loaded"));
        supersedeCurrent(loaded.agency(), loaded.quarter());
        jdbc.sql("""
                        UPDATE scorecard_submission SET status = ?, evidence_id = ? WHERE id = ?""")
                .params(SubmissionStatus.CURRENT.name(), evidence.value(), submissionId)
                .update();
        return find(submissionId).orElseThrow();
    }

    @Override
    public void discardLoading(long importFileId) {
        jdbc.sql("""
                        DELETE FROM scorecard_value WHERE submission_id IN
                            (SELECT id FROM scorecard_submission WHERE import_file_id = ? AND status = ?)""").params(importFileId, SubmissionStatus.LOADING.name()).update();
        jdbc.sql("DELETE FROM scorecard_submission WHERE import_file_id = ? AND status = ?")
                .params(importFileId, SubmissionStatus.LOADING.name())
                .update();
    }

    @Override
    public List<QuarterValue> currentValues(
            FinancialQuarter first, FinancialQuarter last, @Nullable AgencyCode agency) {
        var statement = jdbc.sql("""
                        SELECT s.agency_code, s.fy_start, s.fy_quarter, v.indicator_code, v.number_value, v.symbol, v.numerator,
                               v.denominator, v.value_comment
                        FROM scorecard_submission s JOIN scorecard_value v ON v.submission_id = s.id
                        WHERE s.status = :current
                          AND s.fy_start * 4 + s.fy_quarter BETWEEN :first AND :last"""
                        + (agency == null ? "" : " AND s.agency_code = :agency")
                        + " ORDER BY v.indicator_code, s.agency_code, s.fy_start, s.fy_quarter, v.id")
                .param("current", SubmissionStatus.CURRENT.name())
                .param("first", first.year().startYear() * 4 + first.number())
                .param("last", last.year().startYear() * 4 + last.number());
        if (agency != null) {
            statement = statement.param("agency", agency.value());
        }
        return statement
                .query((rs, n) -> new QuarterValue(
                        new AgencyCode(rs.getString("agency_code")),
                        FinancialYear.of(rs.getInt("fy_start")).quarter(rs.getInt("fy_quarter")),
                        value(rs)))
                .list();
    }

    @Override
    public Optional<ScorecardSubmission> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(JdbcScorecardSubmissions::submission)
                .optional();
    }

    @Override
    public Optional<ScorecardSubmission> current(AgencyCode agency, FinancialQuarter quarter) {
        return jdbc.sql(SELECT + " WHERE agency_code = ? AND fy_start = ? AND fy_quarter = ? AND status = ?")
                .params(agency.value(), quarter.year().startYear(), quarter.number(), SubmissionStatus.CURRENT.name())
                .query(JdbcScorecardSubmissions::submission)
                .optional();
    }

    @Override
    public List<ScorecardSubmission> history(@Nullable AgencyCode agency) {
        String newestFirst = " ORDER BY received_at DESC, id DESC";
        String shown = " WHERE status <> '" + SubmissionStatus.LOADING.name() + "'";
        var statement = agency == null
                ? jdbc.sql(SELECT + shown + newestFirst)
                : jdbc.sql(SELECT + shown + " AND agency_code = ?" + newestFirst)
                        .param(agency.value());
        return statement.query(JdbcScorecardSubmissions::submission).list();
    }

    @Override
    public List<ScorecardValue> values(long submissionId) {
        return jdbc.sql("""
                        SELECT indicator_code, number_value, symbol, numerator, denominator, value_comment
                        FROM scorecard_value WHERE submission_id = ? ORDER BY id""").param(submissionId).query((rs, n) -> value(rs)).list();
    }

    @Override
    public Optional<ScorecardSubmission> findBySha256(String sha256) {
        return jdbc.sql(SELECT + " WHERE sha256 = ? AND status <> ? ORDER BY id LIMIT 1")
                .params(sha256, SubmissionStatus.LOADING.name())
                .query(JdbcScorecardSubmissions::submission)
                .optional();
    }

    private static ScorecardValue value(ResultSet rs) throws SQLException {
        return new ScorecardValue(
                new IndicatorCode(rs.getString("indicator_code")),
                measurement(rs),
                rs.getObject("numerator", Long.class),
                rs.getObject("denominator", Long.class),
                rs.getString("value_comment"));
    }

    private static Measurement measurement(ResultSet rs) throws SQLException {
        BigDecimal number = rs.getBigDecimal("number_value");
        if (number != null) {
            return new Measurement.Number(number);
        }
        String symbol = rs.getString("symbol");
        if (symbol != null) {
            return new Measurement.Suppressed(SuppressionSymbol.parse(symbol).orElseThrow());
        }
        return new Measurement.Missing();
    }

    private static ScorecardSubmission submission(ResultSet rs, int row) throws SQLException {
        Long evidence = rs.getObject("evidence_id", Long.class);
        return new ScorecardSubmission(
                rs.getLong("id"),
                new AgencyCode(rs.getString("agency_code")),
                FinancialYear.of(rs.getInt("fy_start")).quarter(rs.getInt("fy_quarter")),
                rs.getString("file_name"),
                rs.getString("sha256"),
                rs.getObject("received_at", LocalDateTime.class).toInstant(UTC),
                rs.getString("submitted_by"),
                SubmissionStatus.valueOf(rs.getString("status")),
                rs.getInt("value_count"),
                evidence == null ? null : new EvidenceId(evidence));
    }
}
