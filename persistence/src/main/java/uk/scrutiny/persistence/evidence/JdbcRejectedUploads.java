package uk.scrutiny.persistence.evidence;

import static java.time.ZoneOffset.UTC;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import uk.scrutiny.domain.evidence.RejectedUpload;
import uk.scrutiny.domain.evidence.RejectedUploadId;
import uk.scrutiny.domain.evidence.RejectedUploads;
import uk.scrutiny.domain.evidence.RejectionCause;

@Repository
class JdbcRejectedUploads implements RejectedUploads {

    /** Instants are bound as UTC text: Connector/J takes MariaDB 10.11 for MySQL 5.5 and would drop fractions of a second. */
    private static final DateTimeFormatter UTC_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(UTC);

    private static final String SELECT = """
            SELECT id, original_name, cause, reason, file_size, sha256, storage_key, uploaded_at, uploaded_by,
                   file_deleted_at, file_deleted_by
            FROM rejected_upload""";

    private final JdbcClient jdbc;

    JdbcRejectedUploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RejectedUpload add(RejectedUpload upload) {
        if (upload.id() != null) {
            throw new IllegalArgumentException("Rejected upload " + upload.id() + " is recorded already");
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO rejected_upload (original_name, cause, reason, file_size, sha256, storage_key, uploaded_at,
                                                     uploaded_by, file_deleted_at, file_deleted_by)
                        VALUES (:name, :cause, :reason, :size, :sha256, :storageKey, :at, :by, :deletedAt, :deletedBy)""")
                .param("name", upload.originalName())
                .param("cause", upload.cause().name())
                .param("reason", upload.reason())
                .param("size", upload.size())
                .param("sha256", upload.sha256())
                .param("storageKey", upload.storageKey())
                .param("at", UTC_DATE_TIME.format(upload.uploadedAt()))
                .param("by", upload.uploadedBy())
                .param(
                        "deletedAt",
                        upload.fileDeletedAt() == null ? null : UTC_DATE_TIME.format(upload.fileDeletedAt()))
                .param("deletedBy", upload.fileDeletedBy())
                .update(key);
        return upload.withId(
                new RejectedUploadId(Objects.requireNonNull(key.getKey()).longValue()));
    }

    @Override
    public Optional<RejectedUpload> find(RejectedUploadId id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id.value())
                .query(JdbcRejectedUploads::upload)
                .optional();
    }

    @Override
    public List<RejectedUpload> find(int offset, int limit) {
        return jdbc.sql(SELECT + " ORDER BY uploaded_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcRejectedUploads::upload)
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM rejected_upload")
                .query(Long.class)
                .single();
    }

    @Override
    public boolean fileDeleted(RejectedUploadId id, Instant at, String by) {
        return jdbc.sql("""
                        UPDATE rejected_upload SET storage_key = NULL, file_deleted_at = :at, file_deleted_by = :by
                        WHERE id = :id AND storage_key IS NOT NULL""")
                        .param("at", UTC_DATE_TIME.format(at))
                        .param("by", by)
                        .param("id", id.value())
                        .update()
                == 1;
    }

    private static RejectedUpload upload(ResultSet rs, int row) throws SQLException {
        LocalDateTime deletedAt = rs.getObject("file_deleted_at", LocalDateTime.class);
        return new RejectedUpload(
                new RejectedUploadId(rs.getLong("id")),
                rs.getString("original_name"),
                RejectionCause.valueOf(rs.getString("cause")),
                rs.getString("reason"),
                rs.getObject("file_size", Long.class),
                rs.getString("sha256"),
                rs.getString("storage_key"),
                rs.getObject("uploaded_at", LocalDateTime.class).toInstant(UTC),
                rs.getString("uploaded_by"),
                deletedAt == null ? null : deletedAt.toInstant(UTC),
                rs.getString("file_deleted_by"));
    }
}
