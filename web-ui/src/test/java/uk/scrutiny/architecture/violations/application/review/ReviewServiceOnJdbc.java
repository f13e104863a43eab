package uk.scrutiny.architecture.violations.application.review;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Breaks the application rules and "only persistence and batch talk SQL": a use case writing SQL itself. */
public class ReviewServiceOnJdbc {

    private final JdbcClient jdbc;

    public ReviewServiceOnJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void rename(long id, String title) {
        jdbc.sql("update review set title = ? where id = ?").params(title, id).update();
    }
}
