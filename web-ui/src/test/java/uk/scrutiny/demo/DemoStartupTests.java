package uk.scrutiny.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The demo profile's guard: the embedded database only, unless a test waives it. */
class DemoStartupTests {

    @Test
    void the_embedded_database_is_accepted() {
        assertThatCode(() -> new DemoStartup(database("H2"), noWaiver())).doesNotThrowAnyException();
    }

    @Test
    void a_server_database_is_refused_by_default() {
        for (String product : new String[] {"MySQL", "MariaDB"}) {
            assertThatThrownBy(() -> new DemoStartup(database(product), noWaiver()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is for the embedded database only")
                    .hasMessageContaining("cannot run on " + product);
        }
    }

    @Test
    void a_server_database_is_accepted_only_when_a_test_declares_the_waiver() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("waiver", new DemoOnServerDatabase("a test database"));
        ObjectProvider<DemoOnServerDatabase> waiver = beans.getBeanProvider(DemoOnServerDatabase.class);
        assertThat(waiver.getIfAvailable()).isNotNull();

        assertThatCode(() -> new DemoStartup(database("MySQL"), waiver)).doesNotThrowAnyException();
    }

    private static ObjectProvider<DemoOnServerDatabase> noWaiver() {
        return new StaticListableBeanFactory().getBeanProvider(DemoOnServerDatabase.class);
    }

    private static DataSource database(String product) throws SQLException {
        DatabaseMetaData metaData = mock(DatabaseMetaData.class);
        when(metaData.getDatabaseProductName()).thenReturn(product);
        Connection connection = mock(Connection.class);
        when(connection.getMetaData()).thenReturn(metaData);
        DataSource dataSource = mock(DataSource.class);
        when(dataSource.getConnection()).thenReturn(connection);
        return dataSource;
    }
}
