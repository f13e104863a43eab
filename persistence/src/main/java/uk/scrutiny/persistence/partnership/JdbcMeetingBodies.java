package uk.scrutiny.persistence.partnership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.partnership.MeetingBodies;
import uk.scrutiny.domain.partnership.MeetingBody;

/** Meeting bodies by code; version 0 means "new", as for agencies. */
@Repository
class JdbcMeetingBodies implements MeetingBodies {

    private static final String SELECT = "SELECT code, name, active, version FROM meeting_body";

    private final JdbcClient jdbc;

    JdbcMeetingBodies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MeetingBody> all() {
        return jdbc.sql(SELECT + " ORDER BY code")
                .query(JdbcMeetingBodies::body)
                .list();
    }

    @Override
    public Optional<MeetingBody> find(String code) {
        return jdbc.sql(SELECT + " WHERE code = ?")
                .param(code.strip().toUpperCase(Locale.ROOT))
                .query(JdbcMeetingBodies::body)
                .optional();
    }

    @Override
    public MeetingBody save(MeetingBody body) {
        var statement = body.version() == 0
                ? jdbc.sql("INSERT INTO meeting_body (code, name, active, version) VALUES (:code, :name, :active, 1)")
                : jdbc.sql("""
                        UPDATE meeting_body SET name = :name, active = :active, version = version + 1
                        WHERE code = :code AND version = :version""").param("version", body.version());
        int saved;
        try {
            saved = statement
                    .param("code", body.code())
                    .param("name", body.name())
                    .param("active", body.active())
                    .update();
        } catch (DuplicateKeyException e) {
            saved = 0;
        }
        if (saved == 0) {
            throw new ConcurrentChangeException("Meeting body " + body.code());
        }
        return new MeetingBody(body.code(), body.name(), body.active(), body.version() + 1);
    }

    private static MeetingBody body(ResultSet rs, int row) throws SQLException {
        return new MeetingBody(
                rs.getString("code"), rs.getString("name"), rs.getBoolean("active"), rs.getLong("version"));
    }
}
