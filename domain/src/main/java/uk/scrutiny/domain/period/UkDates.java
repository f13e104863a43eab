package uk.scrutiny.domain.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Dates as people in UK public services write them: {@code 13 December 2021} in prose, {@code 13/12/2021} in tables,
 * on the partnership's clock ({@link #ZONE}).
 */
public final class UkDates {

    /** The partnership's time zone, by its name: for annotations, which take constants only. */
    public static final String ZONE_ID = "Europe/London";

    /** The partnership's time zone: every moment shown to a person, and every "today", is on this clock. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private static final DateTimeFormatter PROSE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter TABLE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TABLE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm", Locale.UK);
    private static final DateTimeFormatter PROSE_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.UK);

    private UkDates() {}

    /** {@code 13 December 2021}. */
    public static String prose(LocalDate date) {
        return PROSE.format(date);
    }

    /** {@code 13 December 2021, 09:30}. */
    public static String prose(LocalDateTime dateTime) {
        return PROSE_TIME.format(dateTime);
    }

    /** {@code 13/12/2021}. */
    public static String table(LocalDate date) {
        return TABLE.format(date);
    }

    /** {@code 13/12/2021 09:30}. */
    public static String table(LocalDateTime dateTime) {
        return TABLE_TIME.format(dateTime);
    }

    /** {@code 13 December 2021, 09:30}, on the partnership's clock. */
    public static String prose(Instant at) {
        return prose(local(at));
    }

    /** {@code 13/12/2021 09:30}, on the partnership's clock. */
    public static String table(Instant at) {
        return table(local(at));
    }

    /** The moment as the partnership's clock shows it. */
    public static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, ZONE);
    }

    /** The partnership's calendar day of the moment. */
    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    /**
     * Reads {@code 13/12/2021} (day/month/year) or the ISO form {@code 2021-12-13}.
     *
     * @throws IllegalArgumentException saying which forms are accepted
     */
    public static LocalDate parse(String text) {
        String trimmed = text.strip();
        try {
            if (trimmed.contains("/")) {
                return LocalDate.parse(trimmed, TABLE);
            }
            return LocalDate.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + trimmed + "' is not a date: write it as 13/12/2021 or 2021-12-13", e);
        }
    }
}
