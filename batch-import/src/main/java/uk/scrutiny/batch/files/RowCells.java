package uk.scrutiny.batch.files;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one row read from a CSV file, by column name, read-only: the row's values and the
 * file's header, shared by every row, instead of a map of its own for each of a million rows. The
 * first column of a name counts, as when the header names a column twice.
 */
final class RowCells extends AbstractMap<String, String> {

    private final Map<String, Integer> columns;
    private final String[] values;

    private RowCells(Map<String, Integer> columns, String[] values) {
        this.columns = columns;
        this.values = values;
    }

    /** The position of each column name in a header. */
    static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
        return Map.copyOf(columns);
    }

    static RowCells of(Map<String, Integer> columns, String[] values) {
        return new RowCells(columns, values);
    }

    @Override
    public @Nullable String get(Object column) {
        Integer at = columns.get(column);
        return at == null || at >= values.length ? null : values[at];
    }

    @Override
    public boolean containsKey(Object column) {
        Integer at = columns.get(column);
        return at != null && at < values.length;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        Map<String, String> cells = new HashMap<>();
        columns.forEach((column, at) -> {
            if (at < values.length) {
                cells.put(column, values[at]);
            }
        });
        return Collections.unmodifiableMap(cells).entrySet();
    }
}
