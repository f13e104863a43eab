package uk.scrutiny.batch.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;
import uk.scrutiny.domain.evidence.RejectedFileException;

/**
 * An XLSX scorecard, streamed: the worksheet named {@code Scorecard} (or the first one) is read as
 * XML, one row at a time, through POI's package reader, whose guards stay on: a zip bomb (an entry
 * that inflates more than a hundredfold) or a part with a document type declaration is refused.
 * Numbers, numbers typed as text and the cached values of formulas are all read; a number is taken
 * to fifteen significant digits, as the spreadsheet shows it.
 */
public final class XlsxRows implements SheetRows {

    private static final String SHEET = "scorecard";
    private static final MathContext SPREADSHEET_DIGITS = new MathContext(15);

    private final String name;
    private final OPCPackage pack;
    private final ReadOnlySharedStringsTable strings;
    private final CountingStream counted;
    private long sheetSize = -1;
    private final XMLStreamReader xml;
    private final List<String> header;
    private final Map<Integer, String> columns = new HashMap<>();

    public XlsxRows(Path file, String name, String headerExample) {
        this.name = name;
        try {
            pack = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | NotOfficeXmlFileException | OpenXML4JRuntimeException e) {
            throw unreadable(e);
        }
        try {
            XSSFReader reader = new XSSFReader(pack);
            strings = new ReadOnlySharedStringsTable(pack);
            counted = new CountingStream(sheet(reader, size -> sheetSize = size));
            XMLInputFactory factory = XMLHelper.newXMLInputFactory();
            xml = factory.createXMLStreamReader(counted);
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | XMLStreamException
                | POIXMLException
                | OpenXML4JRuntimeException e) {
            pack.revert();
            throw unreadable(e);
        }
        Row first = nextRow();
        if (first == null) {
            close();
            throw new RejectedFileException("'" + name + "' has no header row: the first "
                    + "row must name the columns, e.g. " + headerExample + ".");
        }
        List<String> names = new ArrayList<>();
        first.cells().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(cell -> {
            String column = cell.getValue().strip().toLowerCase(Locale.ROOT);
            names.add(column);
            columns.put(cell.getKey(), column);
        });
        header = List.copyOf(names);
    }

    private RejectedFileException unreadable(Exception e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(' ');
        }
        String causes = all.toString();
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (causes.contains("Zip bomb")) {
            return new RejectedFileException(
                    "'" + name + "' was refused: a part of it expands far more than a real workbook's "
                            + "does (a 'zip bomb'), so it was not opened. Save the workbook again from the spreadsheet program and send it.");
        }
        if (causes.contains("DOCTYPE")
                || causes.contains("DTD")
                || causes.contains("entity")
                || causes.contains("Entity")) {
            return new RejectedFileException(
                    "'" + name + "' was refused: it holds XML declarations that no spreadsheet program "
                            + "writes (a document type or an entity), so it was not read. Save the workbook again from the spreadsheet "
                            + "program and send it.");
        }
        return new RejectedFileException("'" + name + "' cannot be read as an Excel workbook (.xlsx): " + reason
                + ". Save it from the spreadsheet program as an Excel workbook and send it again.");
    }

    /** The sheet named Scorecard, else the first. */
    private static InputStream sheet(XSSFReader reader, LongConsumer partSize)
            throws IOException, InvalidFormatException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        InputStream first = null;
        while (sheets.hasNext()) {
            InputStream sheet = sheets.next();
            if (sheets.getSheetName().strip().equalsIgnoreCase(SHEET)) {
                if (first != null) {
                    first.close();
                }
                partSize.accept(sheets.getSheetPart().getSize());
                return sheet;
            }
            if (first == null) {
                first = sheet;
                partSize.accept(sheets.getSheetPart().getSize());
            } else {
                sheet.close();
            }
        }
        if (first == null) {
            throw new IOException("the workbook has no worksheet");
        }
        return first;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public @Nullable SheetRow next() {
        Row row = nextRow();
        if (row == null) {
            return null;
        }
        Map<String, String> cells = new HashMap<>();
        row.cells().forEach((column, text) -> {
            String header = columns.get(column);
            if (header != null) {
                cells.putIfAbsent(header, text);
            }
        });
        return new SheetRow(row.number(), cells);
    }

    private record Row(int number, Map<Integer, String> cells) {}

    /** The next row with any non-blank cell, or null at the end of the sheet. */
    private @Nullable Row nextRow() {
        try {
            int implicitRow = 0;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("row")) {
                    String r = xml.getAttributeValue(null, "r");
                    int number = r == null ? implicitRow + 1 : Integer.parseInt(r);
                    implicitRow = number;
                    Map<Integer, String> cells = readCells();
                    if (cells.values().stream().anyMatch(text -> !text.isBlank())) {
                        return new Row(number, cells);
                    }
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof RejectedFileException rejected) {
                throw rejected;
            }
            throw unreadable(e);
        }
    }

    private Map<Integer, String> readCells() throws XMLStreamException {
        Map<Integer, String> cells = new HashMap<>();
        int implicitColumn = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String reference = xml.getAttributeValue(null, "r");
                int column = reference == null ? implicitColumn + 1 : columnIndex(reference);
                implicitColumn = column;
                String type = xml.getAttributeValue(null, "t");
                cells.put(column, cell(type == null ? "n" : type));
            }
        }
        return cells;
    }

    /** The text of the cell whose start tag was just read, reading up to its end tag. */
    private String cell(String type) throws XMLStreamException {
        StringBuilder value = new StringBuilder();
        StringBuilder inline = new StringBuilder();
        boolean inValue = false;
        boolean inText = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                inValue = xml.getLocalName().equals("v");
                inText = xml.getLocalName().equals("t");
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("c")) {
                    break;
                }
                inValue = false;
                inText = false;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (inValue) {
                    value.append(xml.getText());
                } else if (inText) {
                    inline.append(xml.getText());
                }
            }
        }
        String v = value.toString();
        return switch (type) {
            case "s" ->
                v.isBlank()
                        ? ""
                        : strings.getItemAt(Integer.parseInt(v.strip())).getString();
            case "inlineStr" -> inline.toString();
            case "b" -> v.strip().equals("1") ? "TRUE" : "FALSE";
            case "n" -> number(v);
            default -> v; // "str" (a formula's text), "e" (an error such as #DIV/0!)
        };
    }

    private static String number(String text) {
        if (text.isBlank()) {
            return "";
        }
        try {
            return new BigDecimal(text.strip())
                    .round(SPREADSHEET_DIGITS)
                    .stripTrailingZeros()
                    .toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** {@code A1} is column 0, {@code AB12} column 27. */
    private static int columnIndex(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return index - 1;
    }

    @Override
    public double progress() {
        return sheetSize <= 0 ? Double.NaN : Math.min(1, (double) counted.count() / sheetSize);
    }

    @Override
    public void close() {
        try {
            xml.close();
            counted.close();
        } catch (XMLStreamException | IOException e) {
            throw new UncheckedIOException(new IOException(e));
        } finally {
            pack.revert();
        }
    }
}
