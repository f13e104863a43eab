package uk.scrutiny.domain.partnership;

import java.util.Locale;
import java.util.regex.Pattern;

/** The short code an agency is known by in files and screens, e.g. {@code LA}, {@code POLICE}. Upper case. */
public record AgencyCode(String value) implements Comparable<AgencyCode> {

    private static final Pattern FORM = Pattern.compile("^[A-Z][A-Z0-9_-]{0,19}$");

    public AgencyCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "An agency code is 1 to 20 capital letters, digits, '-' or '_', starting with a letter: '" + value
                            + "'");
        }
    }

    /** Reads a code as people type it: any case, surrounding spaces ignored. */
    public static AgencyCode of(String text) {
        return new AgencyCode(text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public int compareTo(AgencyCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
