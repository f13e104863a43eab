package uk.scrutiny.persistence.audit;

import static java.time.ZoneOffset.UTC;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.scrutiny.domain.audit.AuditEntry;
import uk.scrutiny.domain.audit.AuditFilter;
import uk.scrutiny.domain.audit.AuditTrail;
import uk.scrutiny.domain.period.UkDates;

@Repository
class JdbcAuditTrail implements AuditTrail {

    /** Instants are bound as UTC text: Connector/J takes MariaDB 10.11 for MySQL 5.5 and would drop fractions of a second. */
    private static final DateTimeFormatter UTC_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(UTC);

    /** A filter's days are the partnership's days, in England; entries are stored in UTC. */
    private static final String SELECT =
            "SELECT id, changed_at, actor, subject_key, subject, field, old_value, new_value FROM audit_entry";

    private final JdbcClient jdbc;

    JdbcAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbc.sql("""
                        INSERT INTO audit_entry (changed_at, actor, subject_key, subject, field, old_value, new_value)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UTC_DATE_TIME.format(entry.at()),
                        entry.actor(),
                        entry.subjectKey(),
                        entry.subject(),
                        entry.field(),
                        entry.oldValue(),
                        entry.newValue())
                .update();
    }

    @Override
    public List<AuditEntry> of(String subjectKey) {
        return jdbc.sql(SELECT + " WHERE subject_key = ? ORDER BY changed_at, id")
                .param(subjectKey)
                .query(JdbcAuditTrail::entry)
                .list();
    }

    @Override
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        Where where = Where.of(filter);
        return jdbc.sql(SELECT + where.sql() + " ORDER BY changed_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcAuditTrail::entry)
                .list();
    }

    @Override
    public long count(AuditFilter filter) {
        Where where = Where.of(filter);
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    @Override
    public List<String> actors() {
        return jdbc.sql("SELECT DISTINCT actor FROM audit_entry ORDER BY actor")
                .query(String.class)
                .list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("changed_at", LocalDateTime.class).toInstant(UTC),
                rs.getString("actor"),
                rs.getString("subject_key"),
                rs.getString("subject"),
                rs.getString("field"),
                rs.getString("old_value"),
                rs.getString("new_value"));
    }

    private record Where(String sql, Map<String, Object> params) {

        static Where of(AuditFilter filter) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            if (filter.actor() != null) {
                conditions.add("actor = :actor");
                params.put("actor", filter.actor());
            }
            if (filter.subjectKeyPrefix() != null) {
                conditions.add("subject_key LIKE :prefix");
                params.put("prefix", likeLiteral(filter.subjectKeyPrefix()) + "%");
            }
            if (filter.subjectText() != null) {
                conditions.add("LOWER(subject) LIKE :text");
                params.put("text", "%" + likeLiteral(filter.subjectText().toLowerCase(Locale.ROOT)) + "%");
            }
            if (filter.from() != null) {
                conditions.add("changed_at >= :from");
                params.put(
                        "from",
                        UTC_DATE_TIME.format(
                                filter.from().atStartOfDay(UkDates.ZONE).toInstant()));
            }
            if (filter.to() != null) {
                conditions.add("changed_at < :until");
                params.put(
                        "until",
                        UTC_DATE_TIME.format(filter.to()
                                .plusDays(1)
                                .atStartOfDay(UkDates.ZONE)
                                .toInstant()));
            }
            return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
        }

        /** The text as a LIKE pattern that matches it literally (backslash is the default escape on both databases). */
        private static String likeLiteral(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
