package uk.scrutiny.architecture.violations.ui.review;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Breaks "only persistence and batch talk SQL": a grid running its own query. */
public class ReviewGridOnJdbc {

    private final JdbcClient jdbc;

    public ReviewGridOnJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int size() {
        return jdbc.sql("select count(*) from review").query(Integer.class).single();
    }
}
