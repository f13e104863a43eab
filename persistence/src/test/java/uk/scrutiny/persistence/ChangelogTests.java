package uk.scrutiny.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.util.List;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.MySQLMaxValueIncrementer;
import org.springframework.transaction.annotation.Transactional;

/** The changelogs against a database that the application context has already brought up to date. */
@Transactional
abstract class ChangelogTests {

    private static final List<String> BATCH_TABLES = List.of(
            "BATCH_JOB_INSTANCE",
            "BATCH_JOB_EXECUTION",
            "BATCH_JOB_EXECUTION_PARAMS",
            "BATCH_JOB_EXECUTION_CONTEXT",
            "BATCH_STEP_EXECUTION",
            "BATCH_STEP_EXECUTION_CONTEXT");
    private static final List<String> BATCH_SEQUENCES =
            List.of("BATCH_JOB_INSTANCE_SEQ", "BATCH_JOB_EXECUTION_SEQ", "BATCH_STEP_EXECUTION_SEQ");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_second_run_of_the_changelogs_changes_nothing() throws Exception {
        long applied = appliedChangeSets();
        long agencies =
                jdbc.sql("SELECT COUNT(*) FROM agency").query(Long.class).single();

        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();

        assertThat(appliedChangeSets()).isEqualTo(applied);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM agency").query(Long.class).single())
                .isEqualTo(agencies)
                .isEqualTo(7);
    }

    @Test
    void spring_batch_finds_its_tables_under_the_names_it_expects() {
        for (String table : BATCH_TABLES) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
    }

    @Test
    void spring_batch_draws_ids_the_way_it_does_on_this_database() throws Exception {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        for (String sequence : BATCH_SEQUENCES) {
            // As Spring Batch chooses: sequences on H2; one-row tables through Connector/J, MariaDB included.
            DataFieldMaxValueIncrementer ids = switch (product) {
                case "H2" -> new H2SequenceMaxValueIncrementer(dataSource, sequence);
                case "MySQL" -> new MySQLMaxValueIncrementer(dataSource, sequence, "ID");
                default -> throw new IllegalStateException("Unexpected database " + product);
            };
            long first = ids.nextLongValue();
            assertThat(ids.nextLongValue()).as(sequence).isGreaterThan(first);
        }
    }

    private long appliedChangeSets() {
        return jdbc.sql("SELECT COUNT(*) FROM DATABASECHANGELOG")
                .query(Long.class)
                .single();
    }
}
