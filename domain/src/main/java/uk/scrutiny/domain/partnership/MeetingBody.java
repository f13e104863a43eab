package uk.scrutiny.domain.partnership;

import java.util.Locale;
import java.util.Objects;
import uk.scrutiny.domain.common.Text;

/** A body of the partnership that meets and keeps minutes, e.g. {@code EXEC} SSCP Executive. */
public record MeetingBody(String code, String name, boolean active, long version) {

    public MeetingBody {
        Objects.requireNonNull(code, "code");
        code = code.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("^[A-Z][A-Z0-9_-]{0,19}$")) {
            throw new IllegalArgumentException(
                    "A meeting body's code is 1 to 20 capital letters or digits: '" + code + "'");
        }
        name = Text.required(name, "A meeting body's name", 200);
    }

    public MeetingBody(String code, String name) {
        this(code, name, true, 0);
    }

    /** Whether a manifest's {@code meeting} column names this body, by code or by name (any case). */
    public boolean isNamedBy(String text) {
        String t = text.strip();
        return code.equalsIgnoreCase(t) || name.equalsIgnoreCase(t);
    }
}
