package uk.scrutiny.persistence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.scorecard.IndicatorCode;
import uk.scrutiny.domain.scorecard.Measurement;
import uk.scrutiny.domain.scorecard.ScorecardSubmission;
import uk.scrutiny.domain.scorecard.ScorecardValue;
import uk.scrutiny.domain.scorecard.SubmissionStatus;
import uk.scrutiny.persistence.Fixtures;
import uk.scrutiny.persistence.MariaDbTestDatabase;
import uk.scrutiny.persistence.OnMariaDb;

@OnMariaDb
class JdbcScorecardSubmissionsMariaDbIntegrationTests extends JdbcScorecardSubmissionsTests {

    private static final List<ScorecardValue> THOUSAND = IntStream.range(0, 1000)
            .mapToObj(i -> new ScorecardValue(
                    new IndicatorCode("POL-DA-CHILD"), new Measurement.Number(BigDecimal.valueOf(i)), null, null, null))
            .toList();

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_figures_of_a_chunk_go_to_the_server_as_one_stream() {
        ScorecardSubmission loading = submissions.startLoading(loadingSubmission("1"), 21);
        long loadsBefore = status(jdbc, "Com_load");
        long insertsBefore = status(jdbc, "Com_insert");

        submissions.addValues(loading.id(), THOUSAND);

        assertThat(status(jdbc, "Com_load") - loadsBefore).isEqualTo(1);
        assertThat(status(jdbc, "Com_insert") - insertsBefore).isZero();
        assertThat(submissions.values(loading.id())).hasSize(1000);
    }

    @Test
    void the_server_may_not_read_any_file_of_this_machine() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM scorecard_value", Long.class);

        assertThatThrownBy(() -> jdbc.update(
                        "LOAD DATA LOCAL INFILE '/etc/hostname' INTO TABLE scorecard_value (indicator_code)"))
                .hasMessageContaining("allowLoadLocalInfileInPath");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scorecard_value", Long.class))
                .isEqualTo(before);
    }

    @Test
    void without_the_capability_the_figures_go_in_by_batches() {
        DataSource plain = new DriverManagerDataSource(MariaDbTestDatabase.url(), "root", "");
        var adapter = new JdbcScorecardSubmissions(JdbcClient.create(plain), new JdbcTemplate(plain));
        var transaction = new TransactionTemplate(new DataSourceTransactionManager(plain));
        JdbcTemplate plainJdbc = new JdbcTemplate(plain);

        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            ScorecardSubmission loading = adapter.startLoading(loadingSubmission("2"), 22);
            long loadsBefore = status(plainJdbc, "Com_load");

            adapter.addValues(loading.id(), THOUSAND);

            assertThat(status(plainJdbc, "Com_load") - loadsBefore).isZero();
            assertThat(adapter.values(loading.id()))
                    .extracting(v -> v.measurement().display())
                    .containsExactlyElementsOf(
                            IntStream.range(0, 1000).mapToObj(String::valueOf).toList());
        });
    }

    /** A counter of this connection's statements (the test's transaction holds one connection throughout). */
    private static long status(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject(
                "SELECT VARIABLE_VALUE FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME = ?",
                Long.class,
                name.toUpperCase());
    }

    private static ScorecardSubmission loadingSubmission(String digit) {
        return new ScorecardSubmission(
                null,
                new AgencyCode("HEALTH"),
                FinancialQuarter.parse("2023/24 Q1"),
                "health.csv",
                digit.repeat(64),
                Fixtures.AT,
                "officer",
                SubmissionStatus.LOADING,
                0,
                null);
    }
}
