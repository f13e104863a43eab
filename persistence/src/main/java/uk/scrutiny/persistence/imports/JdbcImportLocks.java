package uk.scrutiny.persistence.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import uk.scrutiny.domain.imports.ImportLocks;

/**
 * The lock row of {@code import_lock}, taken with {@code SELECT … FOR UPDATE SKIP LOCKED} in a
 * transaction of its own connection and held until {@link Held#close()}. H2, MySQL 8 and MariaDB
 * 10.6+ all skip a row another transaction holds, so a second instance learns at once that a run is
 * going on; and when the holder dies, its connection closes and the database frees the row.
 */
@Component
class JdbcImportLocks implements ImportLocks {

    static final String LOCK_NAME = "evidence-import";
    private static final Logger LOG = LoggerFactory.getLogger(JdbcImportLocks.class);

    private final DataSource dataSource;

    JdbcImportLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Held> tryAcquire() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT lock_name FROM import_lock WHERE lock_name = ? FOR UPDATE SKIP LOCKED")) {
                select.setString(1, LOCK_NAME);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        return Optional.of(new HeldRow(connection));
                    }
                }
            }
            release(connection);
            return Optional.empty();
        } catch (SQLException e) {
            if (connection != null) {
                release(connection);
            }
            throw new DataAccessResourceFailureException("The import lock could not be taken: " + e.getMessage(), e);
        }
    }

    private static void release(Connection connection) {
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("Releasing the import lock: {}", e.getMessage());
        }
    }

    private record HeldRow(Connection connection) implements Held {

        @Override
        public void close() {
            release(connection);
        }
    }
}
