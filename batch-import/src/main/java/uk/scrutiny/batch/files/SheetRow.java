package uk.scrutiny.batch.files;

import java.util.Map;

/**
 * One data row of a CSV file or a worksheet as read, before any check: its number as a person sees it (the
 * header is row 1 in CSV; a sheet's own row number in XLSX) and the text of each column, by the
 * column's name in lower case.
 */
public record SheetRow(int number, Map<String, String> cells) {

    public SheetRow {
        // A CSV row's cells are already read-only and shared with nobody who could change them.
        cells = cells instanceof RowCells ? cells : Map.copyOf(cells);
    }

    /** The cell's text without surrounding spaces; empty when the row has no such cell. */
    public String get(String column) {
        return cells.getOrDefault(column, "").strip();
    }
}
