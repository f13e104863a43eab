package uk.scrutiny.ui.scorecard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import uk.scrutiny.domain.common.SpreadsheetText;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.scorecard.Indicator;
import uk.scrutiny.domain.scorecard.Measurement;
import uk.scrutiny.domain.scorecard.QuarterValue;

/**
 * Scorecard files the page hands out: templates listing an agency's indicator codes, and the
 * figures as a dataset. Every text cell is spreadsheet-safe, and a suppression symbol stays a
 * symbol (text), never a zero.
 */
final class ScorecardSheets {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";
    /** The columns of the import format, in its order. */
    private static final List<String> HEADER =
            List.of("agency", "period", "indicator", "value", "numerator", "denominator", "comment");

    private ScorecardSheets() {}

    /** A row per indicator the agency supplies, for the quarter, with the value to fill in. */
    static List<List<String>> templateRows(AgencyCode agency, FinancialQuarter quarter, List<Indicator> indicators) {
        List<List<String>> rows = new ArrayList<>();
        for (Indicator indicator : indicators) {
            rows.add(
                    List.of(agency.value(), quarter.toString(), indicator.code().value(), "", "", "", ""));
        }
        return rows;
    }

    static List<List<String>> datasetRows(List<QuarterValue> values) {
        List<List<String>> rows = new ArrayList<>();
        for (QuarterValue v : values) {
            rows.add(List.of(
                    v.agency().value(),
                    v.quarter().toString(),
                    v.value().indicator().value(),
                    v.value().measurement().display(),
                    v.value().numerator() == null ? "" : v.value().numerator().toString(),
                    v.value().denominator() == null
                            ? ""
                            : v.value().denominator().toString(),
                    v.value().comment() == null ? "" : v.value().comment()));
        }
        return rows;
    }

    static byte[] template(AgencyCode agency, FinancialQuarter quarter, List<Indicator> indicators, boolean workbook) {
        List<List<String>> rows = templateRows(agency, quarter, indicators);
        return workbook ? workbook("Scorecard", HEADER, rows, -1) : csv(HEADER, rows);
    }

    static byte[] dataset(List<QuarterValue> values, boolean workbook) {
        return workbook ? workbook("Scorecards", HEADER, datasetRows(values), 3) : csv(HEADER, datasetRows(values));
    }

    /** UTF-8 with a byte-order mark, so that spreadsheet programs read it as UTF-8. */
    static byte[] csv(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            out.write('\uFEFF');
            csv.printRecord(header);
            for (List<String> row : rows) {
                csv.printRecord(row.stream().map(SpreadsheetText::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A workbook of one sheet; the column {@code numberColumn} holds a number where the text is one,
     * else the text (a suppression symbol).
     */
    static byte[] workbook(String sheetName, List<String> header, List<List<String>> rows, int numberColumn) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(heading);
            }
            int r = 1;
            for (List<String> row : rows) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    String text = row.get(c);
                    if (text.isEmpty()) {
                        continue;
                    }
                    Cell cell = line.createCell(c);
                    if (c == numberColumn && isNumber(text)) {
                        cell.setCellValue(Double.parseDouble(text));
                    } else {
                        cell.setCellValue(SpreadsheetText.neutralise(text));
                    }
                }
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            workbook.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isNumber(String text) {
        return text.matches("^-?\\d+(\\.\\d+)?$");
    }

    /** What a cell shows: the figure, the symbol, or a dash with the reason in the comment. */
    static String show(Measurement measurement) {
        return measurement instanceof Measurement.Missing ? "–" : measurement.display();
    }
}
