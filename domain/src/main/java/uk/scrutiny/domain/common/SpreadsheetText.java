package uk.scrutiny.domain.common;

import org.jspecify.annotations.Nullable;

/**
 * Text bound for a spreadsheet cell, made safe: a cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return could be run as a formula by the program that
 * opens it, so such text is prefixed with an apostrophe and shown as written.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    public static String neutralise(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
