package uk.scrutiny.architecture.violations.batch;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps the SQL rule: the import may use JDBC (Spring Batch's job repository and bulk writers need it). */
public class ScorecardRowWriter {

    private final JdbcClient jdbc;

    public ScorecardRowWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void write(String indicator, long value) {
        jdbc.sql("insert into scorecard_value (indicator, value) values (?, ?)")
                .params(indicator, value)
                .update();
    }
}
