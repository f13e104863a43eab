package uk.scrutiny.persistence.review;

import static java.time.ZoneOffset.UTC;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.framework.FrameworkId;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.domain.review.ReviewStatus;
import uk.scrutiny.domain.review.Reviews;
import uk.scrutiny.domain.review.StatusChange;

/** A review's status history is only ever added to, so a save inserts the moves not yet stored. */
@Repository
class JdbcReviews implements Reviews {

    /** Instants are bound as UTC text: Connector/J takes MariaDB 10.11 for MySQL 5.5 and would drop fractions of a second. */
    private static final DateTimeFormatter UTC_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(UTC);

    private static final String SELECT =
            "SELECT id, fy_start, framework_id, scrutineer, overall_judgement, status, version FROM review";

    private final JdbcClient jdbc;

    JdbcReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Review> find(ReviewId id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id.value())
                .query(ReviewRow.class)
                .optional()
                .map(this::review);
    }

    @Override
    public Optional<Review> findByYear(FinancialYear year) {
        return jdbc.sql(SELECT + " WHERE fy_start = ?")
                .param(year.startYear())
                .query(ReviewRow.class)
                .optional()
                .map(this::review);
    }

    @Override
    public List<Review> all() {
        return jdbc.sql(SELECT + " ORDER BY fy_start DESC").query(ReviewRow.class).list().stream()
                .map(this::review)
                .toList();
    }

    @Override
    public Review save(Review review) {
        var statement = review.id() == null
                ? jdbc.sql("""
                        INSERT INTO review (fy_start, framework_id, scrutineer, overall_judgement, status, version)
                        VALUES (:year, :framework, :scrutineer, :judgement, :status, 1)""")
                : jdbc.sql("""
                        UPDATE review SET fy_start = :year, framework_id = :framework, scrutineer = :scrutineer,
                               overall_judgement = :judgement, status = :status, version = version + 1
                        WHERE id = :id AND version = :version""").param("id", review.id().value()).param("version", review.version());
        statement
                .param("year", review.year().startYear())
                .param("framework", review.frameworkId().value())
                .param("scrutineer", review.scrutineer())
                .param("judgement", review.overallJudgement())
                .param("status", review.status().name());
        ReviewId id = review.id();
        int stored = 0;
        if (id == null) {
            KeyHolder key = new GeneratedKeyHolder();
            statement.update(key);
            id = new ReviewId(Objects.requireNonNull(key.getKey()).longValue());
        } else if (statement.update() == 0) {
            throw new ConcurrentChangeException("The " + review.year() + " review");
        } else {
            stored = jdbc.sql("SELECT COUNT(*) FROM review_status_change WHERE review_id = ?")
                    .param(id.value())
                    .query(Integer.class)
                    .single();
        }
        List<StatusChange> history = review.history();
        for (int seq = stored; seq < history.size(); seq++) {
            StatusChange move = history.get(seq);
            jdbc.sql("""
                            INSERT INTO review_status_change (review_id, seq, from_status, to_status, changed_at, changed_by, reason)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id.value(),
                            seq,
                            move.from().name(),
                            move.to().name(),
                            UTC_DATE_TIME.format(move.at()),
                            move.by(),
                            move.reason())
                    .update();
        }
        return new Review(
                id,
                review.year(),
                review.frameworkId(),
                review.scrutineer(),
                review.overallJudgement(),
                review.status(),
                history,
                review.version() + 1);
    }

    private Review review(ReviewRow row) {
        List<StatusChange> history = jdbc.sql("""
                        SELECT from_status, to_status, changed_at, changed_by, reason FROM review_status_change
                        WHERE review_id = ? ORDER BY seq""")
                .param(row.id())
                .query((rs, n) -> new StatusChange(
                        ReviewStatus.valueOf(rs.getString("from_status")),
                        ReviewStatus.valueOf(rs.getString("to_status")),
                        rs.getObject("changed_at", LocalDateTime.class).toInstant(UTC),
                        rs.getString("changed_by"),
                        rs.getString("reason")))
                .list();
        return new Review(
                new ReviewId(row.id()),
                FinancialYear.of(row.fyStart()),
                new FrameworkId(row.frameworkId()),
                row.scrutineer(),
                row.overallJudgement(),
                ReviewStatus.valueOf(row.status()),
                history,
                row.version());
    }

    record ReviewRow(
            long id,
            int fyStart,
            long frameworkId,
            String scrutineer,
            @Nullable String overallJudgement,
            String status,
            long version) {}
}
