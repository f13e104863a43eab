package uk.scrutiny.persistence.user;

import static java.time.ZoneOffset.UTC;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.user.Role;
import uk.scrutiny.domain.user.User;
import uk.scrutiny.domain.user.UserId;
import uk.scrutiny.domain.user.Users;

/** Users by id and username; a username someone else has just taken is refused like a stale edit. */
@Repository
class JdbcUsers implements Users {

    /** Instants are bound as UTC text: Connector/J takes MariaDB 10.11 for MySQL 5.5 and would drop fractions of a second. */
    private static final DateTimeFormatter UTC_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(UTC);

    private static final String SELECT = """
            SELECT id, username, display_name, email, user_role, agency_code, password_hash, enabled, failed_sign_ins,
                   locked_until, version
            FROM app_user""";

    private final JdbcClient jdbc;

    JdbcUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return jdbc.sql(SELECT + " WHERE username = ?")
                .param(username.strip().toLowerCase(Locale.ROOT))
                .query(JdbcUsers::user)
                .optional();
    }

    @Override
    public Optional<User> find(UserId id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id.value())
                .query(JdbcUsers::user)
                .optional();
    }

    @Override
    public List<User> all() {
        return jdbc.sql(SELECT + " ORDER BY username").query(JdbcUsers::user).list();
    }

    @Override
    public User save(User user) {
        var statement = user.id() == null
                ? jdbc.sql("""
                        INSERT INTO app_user (username, display_name, email, user_role, agency_code, password_hash, enabled,
                                              failed_sign_ins, locked_until, version)
                        VALUES (:username, :displayName, :email, :role, :agency, :passwordHash, :enabled, :failedSignIns,
                                :lockedUntil, 1)""")
                : jdbc.sql("""
                        UPDATE app_user SET username = :username, display_name = :displayName, email = :email, user_role = :role,
                               agency_code = :agency, password_hash = :passwordHash, enabled = :enabled,
                               failed_sign_ins = :failedSignIns, locked_until = :lockedUntil, version = version + 1
                        WHERE id = :id AND version = :version""").param("id", user.id().value()).param("version", user.version());
        statement
                .param("username", user.username())
                .param("displayName", user.displayName())
                .param("email", user.email())
                .param("role", user.role().name())
                .param("agency", user.agency() == null ? null : user.agency().value())
                .param("passwordHash", user.passwordHash())
                .param("enabled", user.enabled())
                .param("failedSignIns", user.failedSignIns())
                .param("lockedUntil", user.lockedUntil() == null ? null : UTC_DATE_TIME.format(user.lockedUntil()));
        UserId id = user.id();
        if (id == null) {
            KeyHolder key = new GeneratedKeyHolder();
            try {
                statement.update(key);
            } catch (DuplicateKeyException e) {
                throw new ConcurrentChangeException("User " + user.username());
            }
            id = new UserId(Objects.requireNonNull(key.getKey()).longValue());
        } else if (statement.update() == 0) {
            throw new ConcurrentChangeException("User " + user.username());
        }
        return new User(
                id,
                user.username(),
                user.displayName(),
                user.email(),
                user.role(),
                user.agency(),
                user.passwordHash(),
                user.enabled(),
                user.failedSignIns(),
                user.lockedUntil(),
                user.version() + 1);
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    private static User user(ResultSet rs, int row) throws SQLException {
        String agency = rs.getString("agency_code");
        LocalDateTime lockedUntil = rs.getObject("locked_until", LocalDateTime.class);
        return new User(
                new UserId(rs.getLong("id")),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                Role.valueOf(rs.getString("user_role")),
                agency == null ? null : new AgencyCode(agency),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_sign_ins"),
                lockedUntil == null ? null : lockedUntil.toInstant(UTC),
                rs.getLong("version"));
    }
}
