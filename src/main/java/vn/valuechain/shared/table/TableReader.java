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
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads an uploaded XLSX, DOCX (its tables) or CSV file into rows of cells, refusing with a reason anything else: an
 * empty or too large file, an old .xls/.doc, a password-protected or corrupt file, an archive that expands too far,
 * more rows than allowed, CSV that is not UTF-8. Nothing is written anywhere: callers decide what to do with the rows.
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
            case UNKNOWN -> csv(fileName, content, limits);
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
            return text == null || text.isBlank() ? CellValue.EMPTY : new CellValue(text.strip(), null, null);
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
                List<CellValue> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    cells.add(CellValue.text(cell.getText()));
                }
                ReadRow read = new ReadRow(number, cells);
                if (!read.isBlank()) {
                    count = limited(count, limits);
                    rows.add(read);
                }
            }
            tables.add(new ReadSheet(String.valueOf(index), rows));
        }
        return tables;
    }

    private static TableFile csv(String fileName, byte[] content, Limits limits) throws TableFileException {
        String text;
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
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new TableFileException("import.file.empty");
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
    private static char delimiter(String text) {
        String first = text.lines().findFirst().orElse("");
        char best = ',';
        long most = first.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long n = first.chars().filter(c -> c == candidate).count();
            if (n > most) {
                most = n;
                best = candidate;
            }
        }
        return best;
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
