package uk.scrutiny.ui.action;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import uk.scrutiny.application.action.ActionListItem;
import uk.scrutiny.domain.action.ProgressNote;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.common.SpreadsheetText;
import uk.scrutiny.domain.period.UkDates;

/**
 * The action plan as an Excel workbook, written a page of actions at a time so that memory does
 * not grow with the plan. Every text cell goes through {@link SpreadsheetText#neutralise}: a cell
 * that begins like a formula is written so that no spreadsheet runs it.
 */
public final class ActionPlanSpreadsheet {

    static final List<String> HEADINGS = List.of(
            "Action",
            "Review",
            "Recommended action",
            "Owner",
            "Due",
            "Status",
            "Overdue",
            "Latest progress",
            "Carried forward");
    private static final int PAGE = 500;

    private ActionPlanSpreadsheet() {}

    /**
     * @param pages returns the actions from an offset, at most a limit of them, in plan order
     */
    public static void write(
            BiFunction<Integer, Integer, List<ActionListItem>> pages, LocalDate today, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Action plan");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADINGS.size(); c++) {
                header.createCell(c).setCellValue(HEADINGS.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int rowNumber = 1;
            for (int offset = 0; ; offset += PAGE) {
                List<ActionListItem> page = pages.apply(offset, PAGE);
                for (ActionListItem item : page) {
                    RecommendedAction a = item.action();
                    Row row = sheet.createRow(rowNumber++);
                    text(row, 0, a.label());
                    text(row, 1, item.reviewYear().toString());
                    text(row, 2, a.text());
                    text(row, 3, a.owner() == null ? "" : a.owner().value());
                    text(row, 4, a.due() == null ? "" : UkDates.table(a.due()));
                    text(row, 5, a.status().label());
                    text(row, 6, a.isOverdue(today) ? "Yes" : "No");
                    ProgressNote latest = a.notes().isEmpty() ? null : a.notes().getLast();
                    text(row, 7, latest == null ? "" : latest.text());
                    text(row, 8, a.carriedFrom() == null ? "No" : "Yes");
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            for (int c = 0; c < HEADINGS.size(); c++) {
                sheet.setColumnWidth(c, c == 2 || c == 7 ? 60 * 256 : 14 * 256);
            }
            workbook.write(out);
        }
    }

    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(SpreadsheetText.neutralise(value));
    }
}
