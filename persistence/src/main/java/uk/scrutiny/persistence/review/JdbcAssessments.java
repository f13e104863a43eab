package uk.scrutiny.persistence.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.review.Assessment;
import uk.scrutiny.domain.review.Assessments;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.domain.review.ReviewId;

/**
 * Assessments by review and question. Version 0 means "not saved yet": of two people who both
 * rate a question for the first time, the second is refused like any stale edit.
 */
@Repository
class JdbcAssessments implements Assessments {

    private static final String SELECT =
            "SELECT review_id, step_no, question_no, rating, commentary, version FROM assessment";

    private final JdbcClient jdbc;

    JdbcAssessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Assessment> of(ReviewId review) {
        Map<QuestionRef, List<EvidenceId>> cited = new HashMap<>();
        jdbc.sql("""
                        SELECT step_no, question_no, evidence_id FROM assessment_evidence
                        WHERE review_id = ? ORDER BY step_no, question_no, cited_order""").param(review.value()).query(rs -> {
            cited.computeIfAbsent(
                            new QuestionRef(rs.getInt("step_no"), rs.getInt("question_no")), q -> new ArrayList<>())
                    .add(new EvidenceId(rs.getLong("evidence_id")));
        });
        return jdbc.sql(SELECT + " WHERE review_id = ? ORDER BY step_no, question_no")
                .param(review.value())
                .query((rs, n) -> assessment(rs, cited.getOrDefault(question(rs), List.of())))
                .list();
    }

    @Override
    public Optional<Assessment> find(ReviewId review, QuestionRef question) {
        List<EvidenceId> cited = jdbc.sql("""
                        SELECT evidence_id FROM assessment_evidence
                        WHERE review_id = ? AND step_no = ? AND question_no = ? ORDER BY cited_order""")
                .params(review.value(), question.step(), question.number())
                .query((rs, n) -> new EvidenceId(rs.getLong("evidence_id")))
                .list();
        return jdbc.sql(SELECT + " WHERE review_id = ? AND step_no = ? AND question_no = ?")
                .params(review.value(), question.step(), question.number())
                .query((rs, n) -> assessment(rs, cited))
                .optional();
    }

    @Override
    public Assessment save(Assessment assessment) {
        var statement =
                assessment.version() == 0 ? jdbc.sql("""
                        INSERT INTO assessment (review_id, step_no, question_no, rating, commentary, version)
                        VALUES (:review, :step, :question, :rating, :commentary, 1)""") : jdbc.sql("""
                        UPDATE assessment SET rating = :rating, commentary = :commentary, version = version + 1
                        WHERE review_id = :review AND step_no = :step AND question_no = :question AND version = :version""").param("version", assessment.version());
        long review = assessment.reviewId().value();
        QuestionRef question = assessment.question();
        int saved;
        try {
            saved = statement
                    .param("review", review)
                    .param("step", question.step())
                    .param("question", question.number())
                    .param(
                            "rating",
                            assessment.rating() == null
                                    ? null
                                    : assessment.rating().name())
                    .param("commentary", assessment.commentary())
                    .update();
        } catch (DuplicateKeyException e) {
            saved = 0;
        }
        if (saved == 0) {
            int year = jdbc.sql("SELECT fy_start FROM review WHERE id = ?")
                    .param(review)
                    .query(Integer.class)
                    .single();
            throw new ConcurrentChangeException(
                    "Question " + question + " of the " + FinancialYear.of(year) + " review");
        }
        jdbc.sql("DELETE FROM assessment_evidence WHERE review_id = ? AND step_no = ? AND question_no = ?")
                .params(review, question.step(), question.number())
                .update();
        List<EvidenceId> cited = assessment.citedEvidence();
        for (int order = 0; order < cited.size(); order++) {
            jdbc.sql("""
                            INSERT INTO assessment_evidence (review_id, step_no, question_no, evidence_id, cited_order)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(
                            review,
                            question.step(),
                            question.number(),
                            cited.get(order).value(),
                            order)
                    .update();
        }
        return new Assessment(
                assessment.reviewId(),
                question,
                assessment.rating(),
                assessment.commentary(),
                cited,
                assessment.version() + 1);
    }

    private static QuestionRef question(ResultSet rs) throws SQLException {
        return new QuestionRef(rs.getInt("step_no"), rs.getInt("question_no"));
    }

    private static Assessment assessment(ResultSet rs, List<EvidenceId> cited) throws SQLException {
        String rating = rs.getString("rating");
        return new Assessment(
                new ReviewId(rs.getLong("review_id")),
                question(rs),
                rating == null ? null : RagRating.valueOf(rating),
                rs.getString("commentary"),
                cited,
                rs.getLong("version"));
    }
}
