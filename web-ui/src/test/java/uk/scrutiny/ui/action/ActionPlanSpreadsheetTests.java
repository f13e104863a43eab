package uk.scrutiny.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.scrutiny.application.action.ActionListItem;
import uk.scrutiny.domain.action.ActionId;
import uk.scrutiny.domain.action.ActionStatus;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.review.ReviewId;

class ActionPlanSpreadsheetTests {

    private static ActionListItem action(int number, String text) {
        return new ActionListItem(
                new RecommendedAction(
                        new ActionId(number),
                        new ReviewId(1),
                        QuestionRef.parse("2.3"),
                        number,
                        text,
                        AgencyCode.of("LA"),
                        LocalDate.of(2022, 6, 30),
                        ActionStatus.OPEN,
                        null,
                        List.of(),
                        0),
                FinancialYear.of(2021),
                true);
    }

    private static XSSFWorkbook export(List<ActionListItem> actions) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ActionPlanSpreadsheet.write(
                (offset, limit) ->
                        actions.subList(Math.min(offset, actions.size()), Math.min(offset + limit, actions.size())),
                LocalDate.of(2022, 7, 1),
                out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void text_that_a_spreadsheet_would_run_is_written_as_plain_text() throws IOException {
        try (XSSFWorkbook workbook = export(List.of(
                action(1, "=HYPERLINK(\"https://evil.example\",\"Click\")"),
                action(2, "@SUM(A1:A2)"),
                action(3, "Refresh impact measures")))) {
            var sheet = workbook.getSheet("Action plan");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(2).getStringCellValue())
                    .isEqualTo("'=HYPERLINK(\"https://evil.example\",\"Click\")");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("'@SUM(A1:A2)");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Refresh impact measures");
        }
    }

    @Test
    void every_action_is_exported_across_pages_with_uk_dates_and_overdue_marked() throws IOException {
        List<ActionListItem> many = IntStream.rangeClosed(1, 1203)
                .mapToObj(i -> action(i, "Action " + i))
                .toList();
        try (XSSFWorkbook workbook = export(many)) {
            var sheet = workbook.getSheet("Action plan");
            assertThat(sheet.getLastRowNum()).isEqualTo(1203);
            Row row = sheet.getRow(1203);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("2.3.1203");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("2021/22");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("30/06/2022");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("Yes");
        }
    }
}
