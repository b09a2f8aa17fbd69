package vn.valuechain.shared.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads an uploaded XLSX, DOCX (its tables) or CSV file into rows of cells, refusing with a reason anything else: an
 * empty or too large file, an old .xls/.doc, a password-protected or corrupt file, an archive that expands too far,
 * more rows than allowed, CSV that is not UTF-8 (or UTF-16 with its byte-order mark). A file is what its bytes are,
 * whatever its name: a Word document named .xlsx is read as Word, and text named .xlsx or .docx is refused as no
 * Excel (Word) file rather than read as CSV. Nothing is written anywhere: callers decide what to do with the rows.
 */
public final class TableReader {

    /** Limits of one upload; the defaults suit a province's lists. */
    public record Limits(long maxBytes, int maxRows) {
        public static final Limits DEFAULT = new Limits(10L * 1024 * 1024, 20_000);
    }

    static {
        // A 10 MB upload may not expand past 100 MB per part, nor at a ratio over 100:1 (POI's default check).
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    /**
     * UTF-8 read as Windows-1252 and saved again as UTF-8 ("Ä‘" for "đ", "Ã¡" for "á", "á»" before most other
     * Vietnamese letters): valid UTF-8, but no longer the words that were typed.
     */
    private static final Pattern MOJIBAKE = Pattern.compile("[ÃÄÆ][\\u00A0-\\u00BF\\u0192\\u2018]|á[º»]");

    private TableReader() {}

    public static TableFile read(String fileName, byte[] content, Limits limits) throws TableFileException {
        if (content == null || content.length == 0) {
            throw new TableFileException("import.file.empty");
        }
        if (content.length > limits.maxBytes()) {
            throw new TableFileException("import.file.tooLarge", limits.maxBytes() / (1024 * 1024));
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new TableFileException("import.file.corrupt", e);
        }
        return switch (magic) {
            case OOXML -> ooxml(content, limits);
            case OLE2 -> throw ole2(content);
            case UNKNOWN -> {
                // Binary bytes of no known kind stay "unsupported"; text under a spreadsheet's or document's name is
                // the renamed file a user can fix by saving it again from Excel or Word.
                if (binary(content) && utf16(content) == null) {
                    throw new TableFileException("import.file.unsupported", name(fileName));
                }
                if (named(fileName, ".xlsx", ".xlsm", ".xls")) {
                    throw new TableFileException("import.file.notExcel", name(fileName));
                }
                if (named(fileName, ".docx", ".doc")) {
                    throw new TableFileException("import.file.notWord", name(fileName));
                }
                yield csv(fileName, content, limits);
            }
            default -> throw new TableFileException("import.file.unsupported", name(fileName));
        };
    }

    private static TableFile ooxml(byte[] content, Limits limits) throws TableFileException {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            String main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                                    .size()
                            == 0
                    ? ""
                    : pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                            .getRelationship(0)
                            .getTargetURI()
                            .toString();
            if (main.contains("workbook")) {
                try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
                    return new TableFile(TableFile.Kind.XLSX, sheets(workbook, limits));
                }
            }
            if (main.contains("document")) {
                try (XWPFDocument document = new XWPFDocument(pkg)) {
                    return new TableFile(TableFile.Kind.DOCX, tables(document, limits));
                }
            }
            throw new TableFileException("import.file.unsupported", "");
        } catch (TableFileException e) {
            throw e;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            // POI reports a corrupt or hostile archive with a variety of runtime exceptions.
            throw new TableFileException(isZipBomb(e) ? "import.file.zipBomb" : "import.file.corrupt", e);
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("MaxEntrySize"))) {
                return true;
            }
        }
        return false;
    }

    /** An OLE2 container is either an encrypted (password-protected) OOXML file or an old binary .xls/.doc. */
    private static TableFileException ole2(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return new TableFileException("import.file.encrypted");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book") || root.hasEntry("WordDocument")) {
                return new TableFileException("import.file.legacy");
            }
            return new TableFileException("import.file.unsupported", "");
        } catch (IOException | RuntimeException e) {
            return new TableFileException("import.file.corrupt", e);
        }
    }

    private static List<ReadSheet> sheets(XSSFWorkbook workbook, Limits limits) throws TableFileException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<ReadSheet> sheets = new ArrayList<>();
        int count = 0;
        for (Sheet sheet : workbook) {
            List<ReadRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<CellValue> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(value(row.getCell(c), formatter));
                }
                ReadRow read = new ReadRow(row.getRowNum() + 1, cells);
                if (!read.isBlank()) {
                    count = limited(count, limits);
                    rows.add(read);
                }
            }
            sheets.add(new ReadSheet(sheet.getSheetName(), rows));
        }
        return sheets;
    }

    private static CellValue value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return CellValue.EMPTY;
        }
        if (cell.getCellType() == CellType.FORMULA
                && (!((XSSFCell) cell).getCTCell().isSetV() || cell.getCachedFormulaResultType() == CellType.ERROR)) {
            // Written by a program that never calculated it, or an error (#REF!): what it shows is unknown.
            return CellValue.brokenFormula(cell.getCellFormula());
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
                return new CellValue(date.toString(), null, date);
            }
            BigDecimal number = new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
            if (number.scale() < 0) {
                number = number.setScale(0);
            }
            return new CellValue(number.toPlainString(), number, null);
        }
        if (type == CellType.STRING) {
            // A quote-prefixed cell is text as typed: no apostrophe to strip.
            String text = cell.getStringCellValue();
            return text == null || text.isBlank()
                    ? CellValue.EMPTY
                    : new CellValue(Normalizer.normalize(text.strip(), Normalizer.Form.NFC), null, null);
        }
        if (type == CellType.BLANK || type == CellType.ERROR) {
            return CellValue.EMPTY;
        }
        return CellValue.text(formatter.formatCellValue(cell));
    }

    private static List<ReadSheet> tables(XWPFDocument document, Limits limits) throws TableFileException {
        List<ReadSheet> tables = new ArrayList<>();
        int count = 0;
        int index = 0;
        for (XWPFTable table : document.getTables()) {
            index++;
            List<ReadRow> rows = new ArrayList<>();
            int number = 0;
            for (XWPFTableRow row : table.getRows()) {
                number++;
                ReadRow read = new ReadRow(number, gridCells(row));
                if (!read.isBlank()) {
                    count = limited(count, limits);
                    rows.add(read);
                }
            }
            tables.add(new ReadSheet(String.valueOf(index), rows));
        }
        return tables;
    }

    /**
     * A Word row as the columns of its table's grid, as a spreadsheet has them: a cell spanning columns gives its text
     * to the first and leaves the others empty, skipped grid columns at the start of the row are empty, and a cell
     * continuing a vertical merge is empty (its text is in the cell that starts the merge).
     */
    private static List<CellValue> gridCells(XWPFTableRow row) {
        List<CellValue> cells = new ArrayList<>();
        CTTrPr rowProperties = row.getCtRow().getTrPr();
        if (rowProperties != null && rowProperties.sizeOfGridBeforeArray() > 0) {
            for (int i = span(rowProperties.getGridBeforeArray(0)); i > 0; i--) {
                cells.add(CellValue.EMPTY);
            }
        }
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            boolean mergedFromAbove = properties != null
                    && properties.isSetVMerge()
                    && (properties.getVMerge().getVal() == null
                            || properties.getVMerge().getVal() == STMerge.CONTINUE);
            cells.add(mergedFromAbove ? CellValue.EMPTY : CellValue.text(lines(cell)));
            int span = properties != null && properties.isSetGridSpan() ? span(properties.getGridSpan()) : 1;
            for (int i = 1; i < span; i++) {
                cells.add(CellValue.EMPTY);
            }
        }
        return cells;
    }

    private static int span(CTDecimalNumber number) {
        return number == null || number.getVal() == null
                ? 1
                : Math.max(1, Math.min(64, number.getVal().intValue()));
    }

    /**
     * A Word cell's text with each paragraph, list item and line break on its own line (Word keeps a list's bullets
     * and numbers out of the text, and so does this), and the paragraphs of a table inside the cell after one another.
     * Empty paragraphs (spacing) give no line.
     */
    private static String lines(IBody body) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : body.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraph
                        .getText()
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .forEach(lines::add);
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        String text = lines(cell);
                        if (!text.isEmpty()) {
                            lines.add(text);
                        }
                    }
                }
            }
        }
        return String.join("\n", lines);
    }

    private static TableFile csv(String fileName, byte[] content, Limits limits) throws TableFileException {
        String text;
        if (utf16(content) != null) {
            // Excel's "Unicode Text": UTF-16 with its byte-order mark, which says how to read it.
            text = new String(content, utf16(content)).substring(1);
        } else {
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(content))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new TableFileException(
                        binary(content) ? "import.file.unsupported" : "import.file.notUtf8", name(fileName));
            }
            if (binary(content)) {
                throw new TableFileException("import.file.unsupported", name(fileName));
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new TableFileException("import.file.empty");
        }
        Matcher garbled = MOJIBAKE.matcher(text);
        if (garbled.find()) {
            throw new TableFileException("import.file.garbled", name(fileName), garbled.group());
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(true)
                .get();
        List<ReadRow> rows = new ArrayList<>();
        int count = 0;
        try (Reader reader = new StringReader(text);
                CSVParser parser = format.parse(reader)) {
            for (CSVRecord record : parser) {
                List<CellValue> cells = new ArrayList<>();
                record.forEach(value -> cells.add(CellValue.text(value)));
                ReadRow row = new ReadRow((int) parser.getCurrentLineNumber(), cells);
                if (!row.isBlank()) {
                    count = limited(count, limits);
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new TableFileException("import.file.csvMalformed", e);
        }
        return new TableFile(TableFile.Kind.CSV, List.of(new ReadSheet(name(fileName), rows)));
    }

    /** Excel saves "CSV" with the list separator of its locale: a comma, a semicolon or a tab. */
    /**
     * The delimiter of the text: a tab when any of its first lines has one (typed text has none; Excel's "Text" and
     * "Unicode Text" use it), else the more frequent of "," and ";" on the first line having either. A title line
     * above the header ("KẾ HOẠCH …", with no delimiter) does not decide it.
     */
    private static char delimiter(String text) {
        List<String> lines = text.lines().limit(50).toList();
        if (lines.stream().anyMatch(l -> l.indexOf('\t') >= 0)) {
            return '\t';
        }
        String first = lines.stream()
                .filter(l -> l.indexOf(',') >= 0 || l.indexOf(';') >= 0)
                .findFirst()
                .orElse("");
        return first.chars().filter(c -> c == ';').count()
                        > first.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
    }

    /** UTF-16 announced by its byte-order mark, or null. */
    private static Charset utf16(byte[] content) {
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean named(String fileName, String... endings) {
        String name = name(fileName).toLowerCase(Locale.ROOT).strip();
        for (String ending : endings) {
            if (name.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean binary(byte[] content) {
        int limit = Math.min(content.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static int limited(int count, Limits limits) throws TableFileException {
        if (count + 1 > limits.maxRows()) {
            throw new TableFileException("import.file.tooManyRows", limits.maxRows());
        }
        return count + 1;
    }

    private static String name(String fileName) {
        return fileName == null ? "" : fileName;
    }

    /** For tests and callers holding a stream: the same as {@link #read(String, byte[], Limits)}. */
    public static TableFile read(String fileName, InputStream in, Limits limits) throws TableFileException {
        try {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            return read(fileName, content, limits);
        } catch (IOException e) {
            throw new TableFileException("import.file.corrupt", e);
        }
    }
}
