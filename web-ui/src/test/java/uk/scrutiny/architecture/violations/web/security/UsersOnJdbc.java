package uk.scrutiny.architecture.violations.web.security;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Breaks "only persistence and batch talk SQL": the sign-in set-up reading the users table itself. */
public class UsersOnJdbc {

    private final JdbcClient jdbc;

    public UsersOnJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }
}
