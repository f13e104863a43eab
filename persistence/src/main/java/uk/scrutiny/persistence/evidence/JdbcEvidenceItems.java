package uk.scrutiny.persistence.evidence;

import static java.time.ZoneOffset.UTC;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.evidence.Citation;
import uk.scrutiny.domain.evidence.EvidenceFilter;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.evidence.EvidenceItems;
import uk.scrutiny.domain.evidence.EvidenceSource;
import uk.scrutiny.domain.evidence.EvidenceType;
import uk.scrutiny.domain.evidence.StoredFile;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialYear;

@Repository
class JdbcEvidenceItems implements EvidenceItems {

    /** Instants are bound as UTC text: Connector/J takes MariaDB 10.11 for MySQL 5.5 and would drop fractions of a second. */
    private static final DateTimeFormatter UTC_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(UTC);

    private static final String SELECT = """
            SELECT e.id, e.evidence_type, e.title, e.item_date, e.owner_agency, e.evidence_source, e.document_name,
                   e.storage_key, e.original_name, e.sha256, e.content_type, e.file_size, e.link, e.draft, e.meeting_body,
                   e.version_label, e.superseded_by, e.added_at, e.added_by, e.version
            FROM evidence_item e""";

    private final JdbcClient jdbc;

    JdbcEvidenceItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<EvidenceItem> find(EvidenceId id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id.value())
                .query(JdbcEvidenceItems::item)
                .optional();
    }

    @Override
    public Map<EvidenceId, EvidenceItem> findAll(Collection<EvidenceId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(SELECT + " WHERE id IN (:ids)")
                .param("ids", ids.stream().map(EvidenceId::value).distinct().toList())
                .query(JdbcEvidenceItems::item)
                .list()
                .stream()
                .collect(Collectors.toMap(i -> Objects.requireNonNull(i.id()), Function.identity()));
    }

    @Override
    public EvidenceItem save(EvidenceItem item) {
        StoredFile file = item.file();
        var statement = item.id() == null
                ? jdbc.sql("""
                        INSERT INTO evidence_item (evidence_type, title, item_date, owner_agency, evidence_source, document_name,
                                                   storage_key, original_name, sha256, content_type, file_size, link, draft,
                                                   meeting_body, version_label, superseded_by, added_at, added_by, version)
                        VALUES (:type, :title, :date, :owner, :source, :documentName, :storageKey, :originalName, :sha256,
                                :contentType, :size, :link, :draft, :meetingBody, :versionLabel, :supersededBy, :addedAt,
                                :addedBy, 1)""")
                : jdbc.sql("""
                        UPDATE evidence_item SET evidence_type = :type, title = :title, item_date = :date, owner_agency = :owner,
                               evidence_source = :source, document_name = :documentName, storage_key = :storageKey,
                               original_name = :originalName, sha256 = :sha256, content_type = :contentType,
                               file_size = :size, link = :link, draft = :draft, meeting_body = :meetingBody,
                               version_label = :versionLabel, superseded_by = :supersededBy, added_at = :addedAt,
                               added_by = :addedBy, version = version + 1
                        WHERE id = :id AND version = :version""").param("id", item.id().value()).param("version", item.version());
        withValues(statement, item);
        EvidenceId id = item.id();
        if (id == null) {
            KeyHolder key = new GeneratedKeyHolder();
            statement.update(key);
            id = new EvidenceId(Objects.requireNonNull(key.getKey()).longValue());
        } else if (statement.update() == 0) {
            throw new ConcurrentChangeException("Evidence item '" + item.title() + "'");
        }
        return new EvidenceItem(
                id,
                item.type(),
                item.title(),
                item.date(),
                item.owner(),
                item.source(),
                item.documentName(),
                file,
                item.link(),
                item.draft(),
                item.meetingBody(),
                item.versionLabel(),
                item.supersededBy(),
                item.addedAt(),
                item.addedBy(),
                item.version() + 1);
    }

    private static JdbcClient.StatementSpec withValues(JdbcClient.StatementSpec statement, EvidenceItem item) {
        StoredFile file = item.file();
        return statement
                .param("type", item.type().name())
                .param("title", item.title())
                .param("date", item.date())
                .param("owner", item.owner() == null ? null : item.owner().value())
                .param("source", item.source().name())
                .param("documentName", item.documentName())
                .param("storageKey", file == null ? null : file.storageKey())
                .param("originalName", file == null ? null : file.originalName())
                .param("sha256", file == null ? null : file.sha256())
                .param("contentType", file == null ? null : file.contentType())
                .param("size", file == null ? null : file.size())
                .param("link", item.link() == null ? null : item.link().toString())
                .param("draft", item.draft())
                .param("meetingBody", item.meetingBody())
                .param("versionLabel", item.versionLabel())
                .param(
                        "supersededBy",
                        item.supersededBy() == null ? null : item.supersededBy().value())
                .param("addedAt", UTC_DATE_TIME.format(item.addedAt()))
                .param("addedBy", item.addedBy());
    }

    /**
     * Finds the page's ids first, from an index alone where the filter allows ({@code item_date}
     * and the type, agency and source indexes hold the id too), then reads only those rows: a page
     * deep in the library costs a walk along an index, not reading and sorting every row before it.
     *
     * <p>Words to look for are in no index, so every row is read for them anyway. Then the ids are
     * ordered by an expression that no index provides, so that the database reads the table once and
     * keeps the newest matches, rather than walking the date index and fetching row after row, which
     * costs several times as much when few rows match (see {@code bench/EVIDENCE-RESULTS.md}).
     */
    @Override
    public List<EvidenceItem> find(EvidenceFilter filter, int offset, int limit) {
        Where where = Where.of(filter);
        String newest = filter.text() == null ? "e.item_date DESC" : "COALESCE(e.item_date, e.item_date) DESC";
        return jdbc.sql(SELECT + " JOIN (SELECT e.id FROM evidence_item e" + where.sql()
                        + " ORDER BY " + newest + ", e.id DESC LIMIT :limit OFFSET :offset) page ON page.id = e.id"
                        + " ORDER BY e.item_date DESC, e.id DESC")
                .params(where.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcEvidenceItems::item)
                .list();
    }

    @Override
    public long count(EvidenceFilter filter) {
        Where where = Where.of(filter);
        return jdbc.sql("SELECT COUNT(*) FROM evidence_item e" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    @Override
    public List<Citation> citations(EvidenceId id) {
        return jdbc.sql("""
                        SELECT c.review_id, r.fy_start, c.step_no, c.question_no
                        FROM assessment_evidence c JOIN review r ON r.id = c.review_id
                        WHERE c.evidence_id = ?
                        ORDER BY r.fy_start, c.step_no, c.question_no""")
                .param(id.value())
                .query((rs, n) -> new Citation(
                        rs.getLong("review_id"),
                        FinancialYear.of(rs.getInt("fy_start")).toString(),
                        rs.getInt("step_no") + "." + rs.getInt("question_no")))
                .list();
    }

    @Override
    public Optional<EvidenceItem> findBySha256(String sha256) {
        return jdbc.sql(SELECT + " WHERE sha256 = ? ORDER BY id LIMIT 1")
                .param(sha256)
                .query(JdbcEvidenceItems::item)
                .optional();
    }

    private static EvidenceItem item(ResultSet rs, int row) throws SQLException {
        String storageKey = rs.getString("storage_key");
        StoredFile file = storageKey == null
                ? null
                : new StoredFile(
                        storageKey,
                        rs.getString("original_name"),
                        rs.getString("sha256"),
                        rs.getString("content_type"),
                        rs.getLong("file_size"));
        String owner = rs.getString("owner_agency");
        String link = rs.getString("link");
        Long supersededBy = rs.getObject("superseded_by", Long.class);
        return new EvidenceItem(
                new EvidenceId(rs.getLong("id")),
                EvidenceType.valueOf(rs.getString("evidence_type")),
                rs.getString("title"),
                rs.getObject("item_date", LocalDate.class),
                owner == null ? null : new AgencyCode(owner),
                EvidenceSource.valueOf(rs.getString("evidence_source")),
                rs.getString("document_name"),
                file,
                link == null ? null : URI.create(link),
                rs.getBoolean("draft"),
                rs.getString("meeting_body"),
                rs.getString("version_label"),
                supersededBy == null ? null : new EvidenceId(supersededBy),
                rs.getObject("added_at", LocalDateTime.class).toInstant(UTC),
                rs.getString("added_by"),
                rs.getLong("version"));
    }

    /** The filter as a WHERE clause; each word of the text must appear in the title or a file or document name. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(EvidenceFilter filter) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            if (filter.type() != null) {
                conditions.add("e.evidence_type = :type");
                params.put("type", filter.type().name());
            }
            if (filter.owner() != null) {
                conditions.add("e.owner_agency = :owner");
                params.put("owner", filter.owner().value());
            }
            if (filter.from() != null) {
                conditions.add("e.item_date >= :from");
                params.put("from", filter.from());
            }
            if (filter.to() != null) {
                conditions.add("e.item_date <= :to");
                params.put("to", filter.to());
            }
            if (filter.source() != null) {
                conditions.add("e.evidence_source = :source");
                params.put("source", filter.source().name());
            }
            if (filter.citedInReview() != null) {
                conditions.add(
                        "EXISTS (SELECT 1 FROM assessment_evidence c WHERE c.evidence_id = e.id AND c.review_id = :review)");
                params.put("review", filter.citedInReview());
            }
            if (filter.text() != null) {
                String[] words = filter.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
                for (int i = 0; i < words.length; i++) {
                    if (words[i].isEmpty()) {
                        continue;
                    }
                    String word = ":word" + i;
                    conditions.add("(LOWER(e.title) LIKE " + word + " OR LOWER(e.document_name) LIKE " + word
                            + " OR LOWER(e.original_name) LIKE " + word + ")");
                    params.put(
                            "word" + i,
                            "%"
                                    + words[i].replace("\\", "\\\\")
                                            .replace("%", "\\%")
                                            .replace("_", "\\_") + "%");
                }
            }
            return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
        }
    }
}
