package uk.scrutiny.persistence.partnership;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.partnership.Partnership;
import uk.scrutiny.domain.partnership.Partnerships;

/** The partnership is the one row of its table, put there by the reference data. */
@Repository
class JdbcPartnerships implements Partnerships {

    private static final long THE_PARTNERSHIP = 1;

    private final JdbcClient jdbc;

    JdbcPartnerships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Partnership current() {
        return jdbc.sql("SELECT name, short_name, area, version FROM partnership WHERE id = ?")
                .param(THE_PARTNERSHIP)
                .query((rs, n) -> new Partnership(
                        rs.getString("name"), rs.getString("short_name"), rs.getString("area"), rs.getLong("version")))
                .single();
    }

    @Override
    public Partnership save(Partnership partnership) {
        int updated = jdbc.sql("""
                        UPDATE partnership SET name = :name, short_name = :shortName, area = :area, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("name", partnership.name())
                .param("shortName", partnership.shortName())
                .param("area", partnership.area())
                .param("id", THE_PARTNERSHIP)
                .param("version", partnership.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("The partnership's details");
        }
        return new Partnership(
                partnership.name(), partnership.shortName(), partnership.area(), partnership.version() + 1);
    }
}
