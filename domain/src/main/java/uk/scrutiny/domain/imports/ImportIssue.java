package uk.scrutiny.domain.imports;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An error (or a warning) found in a file: the row as a person counts it (the header is row 1 in
 * CSV, the sheet's own row number in XLSX; none for the whole file), the column, the value cut to
 * {@value #MAX_VALUE} characters, and the reason in plain words.
 */
public record ImportIssue(
        @Nullable Integer row,
        @Nullable String column,
        @Nullable String value,
        String reason,
        boolean warning) {

    public static final int MAX_VALUE = 100;
    public static final int MAX_REASON = 1000;

    public ImportIssue {
        Objects.requireNonNull(reason, "reason");
        if (value != null && value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE);
        }
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON);
        }
        if (column != null && column.length() > MAX_VALUE) {
            column = column.substring(0, MAX_VALUE);
        }
    }

    public static ImportIssue error(
            @Nullable Integer row, @Nullable String column, @Nullable String value, String reason) {
        return new ImportIssue(row, column, value, reason, false);
    }

    public static ImportIssue warning(
            @Nullable Integer row, @Nullable String column, @Nullable String value, String reason) {
        return new ImportIssue(row, column, value, reason, true);
    }

    /** A problem with the file as a whole, before or instead of its rows. */
    public static ImportIssue ofFile(String reason) {
        return new ImportIssue(null, null, null, reason, false);
    }
}
