package uk.scrutiny.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.domain.partnership.Agencies;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.partnership.AgencyKind;

/**
 * Text in any script, on MariaDB: the schema is built only in a database whose character set is
 * utf8mb4. A database made with the server's default may be latin1 (MariaDB before 11.6), where
 * names such as Łukasz or Nguyễn, or any emoji, are refused ("Incorrect string value").
 */
@OnMariaDb
@Transactional
class CharacterSetMariaDbIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Agencies agencies;

    @Test
    void every_text_column_holds_utf8mb4() {
        assertThat(jdbc.sql("""
                        SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME, ' ', CHARACTER_SET_NAME) FROM information_schema.COLUMNS
                        WHERE TABLE_SCHEMA = DATABASE() AND CHARACTER_SET_NAME IS NOT NULL AND CHARACTER_SET_NAME <> 'utf8mb4'""").query(String.class).list()).isEmpty();
    }

    @Test
    void a_name_in_any_script_is_kept_as_written() {
        String name = "Łódź–Nguyễn children’s trust ✓ 😀";
        agencies.save(new Agency(new AgencyCode("TRUST"), name, AgencyKind.RELEVANT));

        assertThat(agencies.find(new AgencyCode("TRUST")))
                .hasValueSatisfying(a -> assertThat(a.name()).isEqualTo(name));
    }

    @Test
    void the_schema_is_not_built_in_a_latin1_database() {
        String shared = jdbc.sql("SELECT DATABASE()").query(String.class).single();
        String name = shared + "_latin1";
        DataSource latin1 = new DriverManagerDataSource(
                MariaDbTestDatabase.url().replace("/" + shared + "?", "/" + name + "?"), "root", "");
        // A connection of its own: DDL on the test's transaction would commit it.
        JdbcClient server = JdbcClient.create(new DriverManagerDataSource(MariaDbTestDatabase.url(), "root", ""));
        server.sql("CREATE DATABASE " + name + " CHARACTER SET latin1").update();
        try {
            SpringLiquibase liquibase = new SpringLiquibase();
            liquibase.setDataSource(latin1);
            liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
            liquibase.setResourceLoader(new DefaultResourceLoader());

            assertThatThrownBy(liquibase::afterPropertiesSet)
                    .hasStackTraceContaining("a database whose character set is utf8mb4")
                    .hasStackTraceContaining("ALTER DATABASE");
            assertThat(JdbcClient.create(latin1).sql("""
                            SELECT TABLE_NAME FROM information_schema.TABLES
                            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME NOT LIKE 'DATABASECHANGELOG%'""").query(String.class).list())
                    .as("no table of the schema is made")
                    .isEmpty();
        } finally {
            server.sql("DROP DATABASE " + name).update();
        }
    }
}
