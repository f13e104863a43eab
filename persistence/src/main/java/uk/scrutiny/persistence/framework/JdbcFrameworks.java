package uk.scrutiny.persistence.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.FrameworkId;
import uk.scrutiny.domain.framework.Frameworks;
import uk.scrutiny.domain.framework.KeyMeasure;
import uk.scrutiny.domain.framework.Question;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.framework.RagGuidance;
import uk.scrutiny.domain.framework.Step;

@Repository
class JdbcFrameworks implements Frameworks {

    private static final String SELECT = """
            SELECT id, family, name, framework_version, source, guidance_green, guidance_amber, guidance_red,
                   guidance_action_plan, revision
            FROM framework f""";

    private final JdbcClient jdbc;

    JdbcFrameworks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Framework> find(FrameworkId id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id.value())
                .query(FrameworkRow.class)
                .optional()
                .map(this::framework);
    }

    @Override
    public List<Framework> latestVersions() {
        return jdbc.sql(SELECT + """
                         WHERE framework_version = (SELECT MAX(framework_version) FROM framework WHERE family = f.family)
                        ORDER BY name, family""").query(FrameworkRow.class).list().stream()
                .map(this::framework)
                .toList();
    }

    @Override
    public List<Framework> versionsOf(String family) {
        return jdbc
                .sql(SELECT + " WHERE family = ? ORDER BY framework_version")
                .param(family)
                .query(FrameworkRow.class)
                .list()
                .stream()
                .map(this::framework)
                .toList();
    }

    @Override
    public Framework add(Framework framework) {
        if (framework.id() != null) {
            throw new IllegalArgumentException(
                    "A saved framework version is never changed: save the next version instead");
        }
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO framework (family, name, framework_version, source, guidance_green, guidance_amber,
                                                   guidance_red, guidance_action_plan, revision)
                            VALUES (:family, :name, :version, :source, :green, :amber, :red, :actionPlan, :revision)""")
                    .param("family", framework.family())
                    .param("name", framework.name())
                    .param("version", framework.version())
                    .param("source", framework.source())
                    .param("green", framework.guidance().green())
                    .param("amber", framework.guidance().amber())
                    .param("red", framework.guidance().red())
                    .param("actionPlan", framework.guidance().actionPlan())
                    .param("revision", framework.revision())
                    .update(key);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentChangeException("The framework " + framework.name());
        }
        long id = Objects.requireNonNull(key.getKey()).longValue();
        insertContent(id, framework);
        return framework.withId(new FrameworkId(id));
    }

    @Override
    public Framework replace(Framework framework) {
        FrameworkId id = framework.id();
        if (id == null) {
            throw new IllegalArgumentException("Only a saved framework version can be changed in place: add it first");
        }
        // The NOT EXISTS makes "no review uses it" part of the same statement as the change.
        int changed = jdbc.sql("""
                        UPDATE framework SET name = :name, source = :source, guidance_green = :green, guidance_amber = :amber,
                               guidance_red = :red, guidance_action_plan = :actionPlan, revision = revision + 1
                        WHERE id = :id AND revision = :revision
                          AND NOT EXISTS (SELECT 1 FROM review WHERE review.framework_id = :id)""")
                .param("name", framework.name())
                .param("source", framework.source())
                .param("green", framework.guidance().green())
                .param("amber", framework.guidance().amber())
                .param("red", framework.guidance().red())
                .param("actionPlan", framework.guidance().actionPlan())
                .param("id", id.value())
                .param("revision", framework.revision())
                .update();
        if (changed == 0) {
            throw new ConcurrentChangeException("The framework " + framework.name());
        }
        jdbc.sql("DELETE FROM framework_question WHERE framework_id = ?")
                .param(id.value())
                .update();
        jdbc.sql("DELETE FROM framework_step WHERE framework_id = ?")
                .param(id.value())
                .update();
        jdbc.sql("DELETE FROM framework_key_measure WHERE framework_id = ?")
                .param(id.value())
                .update();
        insertContent(id.value(), framework);
        return new Framework(
                id,
                framework.family(),
                framework.name(),
                framework.version(),
                framework.source(),
                framework.guidance(),
                framework.keyMeasures(),
                framework.steps(),
                framework.revision() + 1);
    }

    private void insertContent(long id, Framework framework) {
        for (KeyMeasure measure : framework.keyMeasures()) {
            jdbc.sql("INSERT INTO framework_key_measure (framework_id, measure_no, measure_text) VALUES (?, ?, ?)")
                    .params(id, measure.number(), measure.text())
                    .update();
        }
        for (Step step : framework.steps()) {
            jdbc.sql("INSERT INTO framework_step (framework_id, step_no, title) VALUES (?, ?, ?)")
                    .params(id, step.number(), step.title())
                    .update();
            for (Question question : step.questions()) {
                jdbc.sql("""
                                INSERT INTO framework_question (framework_id, step_no, question_no, question_text, key_measure_no)
                                VALUES (?, ?, ?, ?, ?)""")
                        .params(
                                id,
                                question.ref().step(),
                                question.ref().number(),
                                question.text(),
                                question.keyMeasure())
                        .update();
            }
        }
    }

    @Override
    public boolean isInUse(FrameworkId id) {
        return jdbc.sql("SELECT COUNT(*) FROM review WHERE framework_id = ?")
                        .param(id.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Framework framework(FrameworkRow row) {
        List<KeyMeasure> measures = jdbc.sql("""
                        SELECT measure_no, measure_text FROM framework_key_measure WHERE framework_id = ? ORDER BY measure_no""")
                .param(row.id())
                .query((rs, n) -> new KeyMeasure(rs.getInt("measure_no"), rs.getString("measure_text")))
                .list();
        Map<Integer, List<Question>> questions = new TreeMap<>();
        jdbc.sql("""
                        SELECT step_no, question_no, question_text, key_measure_no FROM framework_question
                        WHERE framework_id = ? ORDER BY step_no, question_no""")
                .param(row.id())
                .query((rs, n) -> new Question(
                        new QuestionRef(rs.getInt("step_no"), rs.getInt("question_no")),
                        rs.getString("question_text"),
                        rs.getInt("key_measure_no")))
                .list()
                .forEach(q -> questions
                        .computeIfAbsent(q.ref().step(), s -> new ArrayList<>())
                        .add(q));
        List<Step> steps = jdbc.sql("SELECT step_no, title FROM framework_step WHERE framework_id = ? ORDER BY step_no")
                .param(row.id())
                .query((rs, n) -> new Step(
                        rs.getInt("step_no"),
                        rs.getString("title"),
                        questions.getOrDefault(rs.getInt("step_no"), List.of())))
                .list();
        return new Framework(
                new FrameworkId(row.id()),
                row.family(),
                row.name(),
                row.frameworkVersion(),
                row.source(),
                new RagGuidance(row.guidanceGreen(), row.guidanceAmber(), row.guidanceRed(), row.guidanceActionPlan()),
                measures,
                steps,
                row.revision());
    }

    record FrameworkRow(
            long id,
            String family,
            String name,
            int frameworkVersion,
            String source,
            String guidanceGreen,
            String guidanceAmber,
            String guidanceRed,
            String guidanceActionPlan,
            long revision) {}
}
