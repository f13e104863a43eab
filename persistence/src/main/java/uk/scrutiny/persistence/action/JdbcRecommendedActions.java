package uk.scrutiny.persistence.action;

import static java.time.ZoneOffset.UTC;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import uk.scrutiny.domain.action.ActionFilter;
import uk.scrutiny.domain.action.ActionId;
import uk.scrutiny.domain.action.ActionStatus;
import uk.scrutiny.domain.action.ProgressNote;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.action.RecommendedActions;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.review.ReviewId;

/** Progress notes are only ever added to, so a save inserts the notes not yet stored. */
@Repository
class JdbcRecommendedActions implements RecommendedActions {

    /** Instants are bound as UTC text: Connector/J takes MariaDB 10.11 for MySQL 5.5 and would drop fractions of a second. */
    private static final DateTimeFormatter UTC_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(UTC);

    private static final String SELECT = """
            SELECT id, review_id, step_no, question_no, action_no, action_text, owner_agency, due_date, status,
                   carried_from, version
            FROM recommended_action a""";

    private final JdbcClient jdbc;

    JdbcRecommendedActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RecommendedAction> find(ActionId id) {
        return withNotes(jdbc.sql(SELECT + " WHERE id = ?")
                        .param(id.value())
                        .query(ActionRow::of)
                        .list())
                .stream()
                .findFirst();
    }

    @Override
    public List<RecommendedAction> of(ReviewId review) {
        return withNotes(jdbc.sql(SELECT + " WHERE review_id = ? ORDER BY step_no, question_no, action_no")
                .param(review.value())
                .query(ActionRow::of)
                .list());
    }

    @Override
    public List<RecommendedAction> find(ActionFilter filter, int offset, int limit) {
        Where where = Where.of(filter);
        return withNotes(jdbc.sql(SELECT + where.sql() + """
                         ORDER BY CASE WHEN due_date IS NULL THEN 1 ELSE 0 END, due_date, review_id, step_no, question_no, action_no
                        LIMIT :limit OFFSET :offset""")
                .params(where.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(ActionRow::of)
                .list());
    }

    @Override
    public long count(ActionFilter filter) {
        Where where = Where.of(filter);
        return jdbc.sql("SELECT COUNT(*) FROM recommended_action a" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    @Override
    public RecommendedAction save(RecommendedAction action) {
        ActionId id = action.id();
        int stored = 0;
        if (id == null) {
            id = insert(action);
        } else {
            update(action, id);
            stored = jdbc.sql("SELECT COUNT(*) FROM action_progress_note WHERE action_id = ?")
                    .param(id.value())
                    .query(Integer.class)
                    .single();
        }
        addNotes(id, action.notes(), stored);
        return new RecommendedAction(
                id,
                action.reviewId(),
                action.question(),
                action.number(),
                action.text(),
                action.owner(),
                action.due(),
                action.status(),
                action.carriedFrom(),
                action.notes(),
                action.version() + 1);
    }

    private ActionId insert(RecommendedAction action) {
        KeyHolder key = new GeneratedKeyHolder();
        withValues(jdbc.sql("""
                                INSERT INTO recommended_action (review_id, step_no, question_no, action_no, action_text,
                                                                owner_agency, due_date, status, carried_from, version)
                                VALUES (:review, :step, :question, :number, :text, :owner, :due, :status, :carriedFrom, 1)"""), action).update(key);
        return new ActionId(Objects.requireNonNull(key.getKey()).longValue());
    }

    /** @throws ConcurrentChangeException when someone else saved the action since it was read */
    private void update(RecommendedAction action, ActionId id) {
        int updated = withValues(jdbc.sql("""
                                UPDATE recommended_action SET review_id = :review, step_no = :step, question_no = :question,
                                       action_no = :number, action_text = :text, owner_agency = :owner, due_date = :due,
                                       status = :status, carried_from = :carriedFrom, version = version + 1
                                WHERE id = :id AND version = :version"""), action)
                .param("id", id.value())
                .param("version", action.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("Recommended action " + action.label());
        }
    }

    private static JdbcClient.StatementSpec withValues(JdbcClient.StatementSpec statement, RecommendedAction action) {
        return statement
                .param("review", action.reviewId().value())
                .param("step", action.question().step())
                .param("question", action.question().number())
                .param("number", action.number())
                .param("text", action.text())
                .param("owner", action.owner() == null ? null : action.owner().value())
                .param("due", action.due())
                .param("status", action.status().name())
                .param(
                        "carriedFrom",
                        action.carriedFrom() == null
                                ? null
                                : action.carriedFrom().value());
    }

    /** Stores the notes not stored yet: notes are only ever added, so those from {@code stored} on. */
    private void addNotes(ActionId id, List<ProgressNote> notes, int stored) {
        for (int seq = stored; seq < notes.size(); seq++) {
            ProgressNote note = notes.get(seq);
            jdbc.sql("""
                            INSERT INTO action_progress_note (action_id, seq, noted_at, author, note_text, new_status)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(
                            id.value(),
                            seq,
                            UTC_DATE_TIME.format(note.at()),
                            note.author(),
                            note.text(),
                            note.newStatus() == null ? null : note.newStatus().name())
                    .update();
        }
    }

    /** Loads the notes of all the rows in one query. */
    private List<RecommendedAction> withNotes(List<ActionRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ProgressNote>> notes = new HashMap<>();
        jdbc.sql("""
                        SELECT action_id, noted_at, author, note_text, new_status FROM action_progress_note
                        WHERE action_id IN (:ids) ORDER BY action_id, seq""").param("ids", rows.stream().map(ActionRow::id).toList()).query(rs -> {
            String status = rs.getString("new_status");
            notes.computeIfAbsent(rs.getLong("action_id"), a -> new ArrayList<>())
                    .add(new ProgressNote(
                            rs.getObject("noted_at", LocalDateTime.class).toInstant(UTC),
                            rs.getString("author"),
                            rs.getString("note_text"),
                            status == null ? null : ActionStatus.valueOf(status)));
        });
        return rows.stream()
                .map(row -> row.action(notes.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private record ActionRow(
            long id,
            long review,
            QuestionRef question,
            int number,
            String text,
            @Nullable String owner,
            @Nullable LocalDate due,
            ActionStatus status,
            @Nullable Long carriedFrom,
            long version) {

        static ActionRow of(ResultSet rs, int row) throws SQLException {
            return new ActionRow(
                    rs.getLong("id"),
                    rs.getLong("review_id"),
                    new QuestionRef(rs.getInt("step_no"), rs.getInt("question_no")),
                    rs.getInt("action_no"),
                    rs.getString("action_text"),
                    rs.getString("owner_agency"),
                    rs.getObject("due_date", LocalDate.class),
                    ActionStatus.valueOf(rs.getString("status")),
                    rs.getObject("carried_from", Long.class),
                    rs.getLong("version"));
        }

        RecommendedAction action(List<ProgressNote> notes) {
            return new RecommendedAction(
                    new ActionId(id),
                    new ReviewId(review),
                    question,
                    number,
                    text,
                    owner == null ? null : new AgencyCode(owner),
                    due,
                    status,
                    carriedFrom == null ? null : new ActionId(carriedFrom),
                    notes,
                    version);
        }
    }

    private record Where(String sql, Map<String, Object> params) {

        static Where of(ActionFilter filter) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            if (filter.review() != null) {
                conditions.add("a.review_id = :review");
                params.put("review", filter.review().value());
            }
            if (filter.owner() != null) {
                conditions.add("a.owner_agency = :owner");
                params.put("owner", filter.owner().value());
            }
            if (filter.status() != null) {
                conditions.add("a.status = :status");
                params.put("status", filter.status().name());
            }
            if (filter.outstandingOnly()) {
                conditions.add("a.status IN (:outstanding)");
                params.put(
                        "outstanding",
                        Arrays.stream(ActionStatus.values())
                                .filter(ActionStatus::isOutstanding)
                                .map(Enum::name)
                                .toList());
            }
            if (filter.dueBefore() != null) {
                conditions.add("a.due_date < :dueBefore");
                params.put("dueBefore", filter.dueBefore());
            }
            return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
        }
    }
}
