package uk.scrutiny.persistence.scorecard;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.RuntimeProperty;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.JdbcStatement;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import uk.scrutiny.domain.scorecard.Measurement;
import uk.scrutiny.domain.scorecard.ScorecardValue;

/**
 * Stores a chunk of figures on MySQL or MariaDB with {@code LOAD DATA LOCAL INFILE}: the figures go
 * to the server as one stream of tab-separated data, in the same transaction as the rest of the
 * chunk, several times faster than the same rows as a multi-row insert. The figures are data in the
 * stream, never SQL: each field is escaped the way the statement reads it ({@code \\}, tab, line
 * breaks, NUL), and an absent value is {@code \N}.
 *
 * <p>Only where both sides allow it: the connection must have been opened with the capability
 * (see {@code LocalInfileSettings}) and the server's {@code local_infile} must be on (MySQL 8 has it
 * off unless its administrator turns it on). Elsewhere, H2 among them, the checks below say no
 * and the figures go in by JDBC batches instead.
 *
 * <p>{@code LOAD DATA LOCAL} turns what would be errors into warnings (the server cannot stop the
 * client half-way through the stream); the figures were all checked before they got here, so any
 * warning at all, or a count of rows that is not the count sent, fails the chunk, which is then
 * rolled back whole.
 */
final class ScorecardValueBulkLoad {

    private static final String INTO = """
            LOAD DATA LOCAL INFILE 'scorecard-values.tsv' INTO TABLE scorecard_value CHARACTER SET utf8mb4
            FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'
            """;
    /** A figure that is a number and nothing else, as most are: two fields a row. */
    private static final String PLAIN_COLUMNS = "(indicator_code, number_value)";

    private static final String ALL_COLUMNS =
            "(indicator_code, number_value, symbol, numerator, denominator, value_comment)";

    private ScorecardValueBulkLoad() {}

    /** Whether the connection was opened offering to send local data; no round trip to the server. */
    static boolean offeredByClient(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return false;
        }
        var settings = connection.unwrap(JdbcConnection.class).getPropertySet();
        return settings.getStringProperty(PropertyKey.allowLoadLocalInfileInPath)
                                .getValue()
                        != null
                || settings.getBooleanProperty(PropertyKey.allowLoadLocalInfile).getValue();
    }

    /** Whether the server takes local data ({@code local_infile}); a setting of the server, asked once. */
    static boolean allowedByServer(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT @@local_infile")) {
            return result.next() && result.getInt(1) == 1;
        }
    }

    /** Stores the figures of one submission; client and server must both allow it. */
    static void load(Connection connection, long submissionId, List<ScorecardValue> values) throws SQLException {
        // In runs of plain figures and of the others, so that the figures keep the order of the file.
        int start = 0;
        while (start < values.size()) {
            boolean plain = isPlain(values.get(start));
            int end = start + 1;
            while (end < values.size() && isPlain(values.get(end)) == plain) {
                end++;
            }
            List<ScorecardValue> run = values.subList(start, end);
            if (plain) {
                stream(connection, submissionId, PLAIN_COLUMNS, run.size(), plainTabSeparated(run));
            } else {
                stream(connection, submissionId, ALL_COLUMNS, run.size(), tabSeparated(run));
            }
            start = end;
        }
    }

    private static boolean isPlain(ScorecardValue value) {
        return value.measurement() instanceof Measurement.Number
                && value.numerator() == null
                && value.denominator() == null
                && value.comment() == null;
    }

    private static void stream(Connection connection, long submissionId, String columns, int rows, byte[] data)
            throws SQLException {
        RuntimeProperty<Boolean> allowed = connection
                .unwrap(JdbcConnection.class)
                .getPropertySet()
                .getBooleanProperty(PropertyKey.allowLoadLocalInfile);
        boolean before = allowed.getValue();
        try (Statement statement = connection.createStatement()) {
            JdbcStatement driverStatement = statement.unwrap(JdbcStatement.class);
            driverStatement.setLocalInfileInputStream(new ByteArrayInputStream(data));
            allowed.setValue(true);
            int stored;
            try {
                // The submission's id is a number of the database's own making, not text from any file.
                stored = statement.executeUpdate(INTO + columns + " SET submission_id = " + submissionId);
            } finally {
                allowed.setValue(before);
                driverStatement.setLocalInfileInputStream(null);
            }
            SQLWarning warning = statement.getWarnings();
            if (warning != null || stored != rows) {
                throw new DataIntegrityViolationException("Loading " + rows + " figures of submission " + submissionId
                        + " stored " + stored + (warning == null ? "" : ", with the warning: " + warning.getMessage()));
            }
        }
    }

    static byte[] plainTabSeparated(List<ScorecardValue> values) {
        StringBuilder out = new StringBuilder(values.size() * 24);
        for (ScorecardValue value : values) {
            text(out, value.indicator().value());
            out.append('\t')
                    .append(((Measurement.Number) value.measurement()).value().toPlainString())
                    .append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] tabSeparated(List<ScorecardValue> values) {
        StringBuilder out = new StringBuilder(values.size() * 40);
        for (ScorecardValue value : values) {
            text(out, value.indicator().value());
            out.append('\t');
            if (value.measurement() instanceof Measurement.Number(BigDecimal number)) {
                out.append(number.toPlainString()).append('\t').append("\\N");
            } else if (value.measurement() instanceof Measurement.Suppressed(var symbol)) {
                out.append("\\N").append('\t');
                text(out, symbol.symbol());
            } else {
                out.append("\\N\t\\N");
            }
            out.append('\t');
            number(out, value.numerator());
            out.append('\t');
            number(out, value.denominator());
            out.append('\t');
            text(out, value.comment());
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void number(StringBuilder out, @Nullable Long number) {
        if (number == null) {
            out.append("\\N");
        } else {
            out.append(number.longValue());
        }
    }

    private static void text(StringBuilder out, @Nullable String text) {
        if (text == null) {
            out.append("\\N");
            return;
        }
        if (!needsEscaping(text)) {
            out.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                default -> out.append(c);
            }
        }
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0') {
                return true;
            }
        }
        return false;
    }
}
