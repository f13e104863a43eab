package uk.scrutiny.batch.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.evidence.RejectedFileException;

/**
 * A CSV file (a scorecard or a minutes manifest), streamed with Commons CSV: UTF-8 with or without a byte-order mark, RFC 4180
 * quoting, CRLF or LF line ends. Blank lines are skipped but still counted, so that row numbers are
 * those a spreadsheet shows. Bytes that are not UTF-8 stop the reading with the reason, rather than
 * turning into garbage.
 */
public final class CsvRows implements SheetRows {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final String name;
    private final CountingStream counted;
    private final long size;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Map<String, Integer> columns;

    public CsvRows(Path file, String name, String headerExample) {
        this.name = name;
        try {
            size = Files.size(file);
            InputStream raw = Files.newInputStream(file);
            counted = new CountingStream(raw);
            InputStream withoutBom =
                    BOMInputStream.builder().setInputStream(counted).get();
            var decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            parser = CSVParser.builder()
                    .setReader(new BufferedReader(new InputStreamReader(withoutBom, decoder), 65_536))
                    .setFormat(FORMAT)
                    .get();
            records = parser.iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CSVRecord first = nextNonBlank();
        if (first == null) {
            close();
            throw new RejectedFileException("'" + name + "' has no header row: the first "
                    + "row must name the columns, e.g. " + headerExample + ".");
        }
        List<String> names = new ArrayList<>();
        first.forEach(cell -> names.add(cell.strip().toLowerCase(Locale.ROOT)));
        header = List.copyOf(names);
        columns = RowCells.columns(header);
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public @Nullable SheetRow next() {
        CSVRecord record = nextNonBlank();
        if (record == null) {
            return null;
        }
        return new SheetRow(Math.toIntExact(record.getRecordNumber()), RowCells.of(columns, record.values()));
    }

    private @Nullable CSVRecord nextNonBlank() {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (!isBlank(record)) {
                    return record;
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new RejectedFileException(
                        "'" + name + "' is not UTF-8 text (near row " + (parser.getRecordNumber() + 1)
                                + "). It was probably saved as Windows-1252 or 'CSV' from an old spreadsheet program: save it as "
                                + "'CSV UTF-8 (comma delimited)' and send it again.");
            }
            throw e;
        } catch (IllegalStateException e) {
            throw new RejectedFileException(
                    "'" + name + "' is not readable as CSV near row " + (parser.getRecordNumber() + 1) + ": "
                            + e.getMessage() + ". Check that every quoted field has its closing quote.");
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double progress() {
        return size == 0 ? 1 : Math.min(1, (double) counted.count() / size);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
