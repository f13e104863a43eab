package uk.scrutiny.persistence.partnership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.partnership.Agencies;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.partnership.AgencyKind;

/** Agencies by code; version 0 means "new", so a code someone else has just added is refused like a stale edit. */
@Repository
class JdbcAgencies implements Agencies {

    private static final String SELECT = "SELECT code, name, kind, active, version FROM agency";

    private final JdbcClient jdbc;

    JdbcAgencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Agency> all() {
        return jdbc.sql(SELECT + " ORDER BY code").query(JdbcAgencies::agency).list();
    }

    @Override
    public Optional<Agency> find(AgencyCode code) {
        return jdbc.sql(SELECT + " WHERE code = ?")
                .param(code.value())
                .query(JdbcAgencies::agency)
                .optional();
    }

    @Override
    public Agency save(Agency agency) {
        var statement = agency.version() == 0
                ? jdbc.sql(
                        "INSERT INTO agency (code, name, kind, active, version) VALUES (:code, :name, :kind, :active, 1)")
                : jdbc.sql("""
                        UPDATE agency SET name = :name, kind = :kind, active = :active, version = version + 1
                        WHERE code = :code AND version = :version""").param("version", agency.version());
        int saved;
        try {
            saved = statement
                    .param("code", agency.code().value())
                    .param("name", agency.name())
                    .param("kind", agency.kind().name())
                    .param("active", agency.active())
                    .update();
        } catch (DuplicateKeyException e) {
            saved = 0;
        }
        if (saved == 0) {
            throw new ConcurrentChangeException("Agency " + agency.code());
        }
        return new Agency(agency.code(), agency.name(), agency.kind(), agency.active(), agency.version() + 1);
    }

    private static Agency agency(ResultSet rs, int row) throws SQLException {
        return new Agency(
                new AgencyCode(rs.getString("code")),
                rs.getString("name"),
                AgencyKind.valueOf(rs.getString("kind")),
                rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
