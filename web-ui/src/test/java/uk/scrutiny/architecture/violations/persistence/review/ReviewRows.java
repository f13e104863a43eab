package uk.scrutiny.architecture.violations.persistence.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import uk.scrutiny.architecture.violations.persistence.evidence.EvidenceRows;

/**
 * Keeps the SQL rules: an adapter may use JDBC. Its use of {@link EvidenceRows}, which uses it back,
 * is one half of a cycle between persistence features.
 */
public class ReviewRows {

    private final JdbcClient jdbc;
    public EvidenceRows evidence;

    public ReviewRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int count() {
        return jdbc.sql("select count(*) from review").query(Integer.class).single();
    }
}
