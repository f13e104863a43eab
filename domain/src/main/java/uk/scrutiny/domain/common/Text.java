package uk.scrutiny.domain.common;

import org.jspecify.annotations.Nullable;

/** Checks on text that people type: present where required, not longer than a column holds. */
public final class Text {

    private Text() {}

    /**
     * @return the text without surrounding spaces
     * @throws IllegalArgumentException naming the field when it is blank or too long
     */
    public static String required(@Nullable String text, String what, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return limited(text.strip(), what, maxLength);
    }

    /** @return the stripped text, or {@code null} when blank */
    public static @Nullable String optional(@Nullable String text, String what, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return limited(text.strip(), what, maxLength);
    }

    private static String limited(String text, String what, int maxLength) {
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(
                    what + " is " + text.length() + " characters long; at most " + maxLength + " are allowed");
        }
        return text;
    }
}
