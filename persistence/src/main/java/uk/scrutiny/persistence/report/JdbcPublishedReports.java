package uk.scrutiny.persistence.report;

import static java.time.ZoneOffset.UTC;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.evidence.StoredFile;
import uk.scrutiny.domain.report.PublishedReport;
import uk.scrutiny.domain.report.PublishedReportId;
import uk.scrutiny.domain.report.PublishedReports;
import uk.scrutiny.domain.report.ReportFormat;
import uk.scrutiny.domain.review.ReviewId;

/** Published report files are only ever added, never updated. */
@Repository
class JdbcPublishedReports implements PublishedReports {

    /** Instants are bound as UTC text: Connector/J takes MariaDB 10.11 for MySQL 5.5 and would drop fractions of a second. */
    private static final DateTimeFormatter UTC_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(UTC);

    private static final String SELECT = """
            SELECT id, review_id, report_version, report_format, storage_key, original_name, sha256, content_type,
                   file_size, published_at, published_by
            FROM published_report""";

    private final JdbcClient jdbc;

    JdbcPublishedReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PublishedReport> find(PublishedReportId id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id.value())
                .query(JdbcPublishedReports::report)
                .optional();
    }

    @Override
    public List<PublishedReport> of(ReviewId review) {
        return jdbc.sql(SELECT + " WHERE review_id = ? ORDER BY report_version DESC, report_format")
                .param(review.value())
                .query(JdbcPublishedReports::report)
                .list();
    }

    @Override
    public PublishedReport add(PublishedReport report) {
        if (report.id() != null) {
            throw new IllegalArgumentException("A published report is never changed once stored");
        }
        StoredFile file = report.file();
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO published_report (review_id, report_version, report_format, storage_key, original_name,
                                                          sha256, content_type, file_size, published_at, published_by)
                            VALUES (:review, :version, :format, :storageKey, :originalName, :sha256, :contentType, :size,
                                    :publishedAt, :publishedBy)""")
                    .param("review", report.reviewId().value())
                    .param("version", report.version())
                    .param("format", report.format().name())
                    .param("storageKey", file.storageKey())
                    .param("originalName", file.originalName())
                    .param("sha256", file.sha256())
                    .param("contentType", file.contentType())
                    .param("size", file.size())
                    .param("publishedAt", UTC_DATE_TIME.format(report.publishedAt()))
                    .param("publishedBy", report.publishedBy())
                    .update(key);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentChangeException("Version " + report.version() + " of the report");
        }
        return new PublishedReport(
                new PublishedReportId(Objects.requireNonNull(key.getKey()).longValue()),
                report.reviewId(),
                report.version(),
                report.format(),
                file,
                report.publishedAt(),
                report.publishedBy());
    }

    private static PublishedReport report(ResultSet rs, int row) throws SQLException {
        StoredFile file = new StoredFile(
                rs.getString("storage_key"),
                rs.getString("original_name"),
                rs.getString("sha256"),
                rs.getString("content_type"),
                rs.getLong("file_size"));
        return new PublishedReport(
                new PublishedReportId(rs.getLong("id")),
                new ReviewId(rs.getLong("review_id")),
                rs.getInt("report_version"),
                ReportFormat.valueOf(rs.getString("report_format")),
                file,
                rs.getObject("published_at", LocalDateTime.class).toInstant(UTC),
                rs.getString("published_by"));
    }
}
