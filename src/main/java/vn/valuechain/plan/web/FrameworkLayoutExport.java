package vn.valuechain.plan.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.valuechain.plan.AgencyRole;
import vn.valuechain.plan.FrameworkRows;
import vn.valuechain.plan.ItemSummary;
import vn.valuechain.plan.ItemSummary.AgencyCell;
import vn.valuechain.plan.PlanRows.PlanView;
import vn.valuechain.plan.PlanService.Framework;
import vn.valuechain.plan.PlanService.SectionGroup;

/**
 * The plan's framework in its government layout, to print or to send on: the title, the eight columns of the
 * appendix, a row per section across all of them, a row per item. As XLSX (A4 landscape, one page wide, the header
 * row on every printed page) and as PDF (A4 landscape, DejaVu Sans embedded for the Vietnamese letters). The XLSX
 * keeps every cell as the plan writes it, so it can be imported again; an agency cell has a phrase per line.
 */
@Component
class FrameworkLayoutExport {

    /** Column widths in characters (XLSX) and relative widths (PDF): the text columns get the room. */
    private static final int[] WIDTHS = {6, 40, 34, 34, 16, 22, 28, 28};

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float LINE_POINTS = 12.75f;

    private final MessageSource messages;
    private final CellLines cellLines;
    private final BaseFont regular;
    private final BaseFont bold;

    FrameworkLayoutExport(MessageSource messages, CellLines cellLines) {
        this.messages = messages;
        this.cellLines = cellLines;
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    private static BaseFont font(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            // Identity-H and embedded: every Vietnamese letter prints, with or without the font on the reader's side.
            return BaseFont.createFont(
                    resource.substring(resource.lastIndexOf('/') + 1),
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "khung-ke-hoach-2835-KH-UBND": a file name any system accepts. */
    static String fileName(PlanView plan) {
        return "khung-ke-hoach-"
                + plan.documentNumber().replaceAll("[^0-9A-Za-z]+", "-").replaceAll("^-|-$", "");
    }

    private String label(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** The lines above the table: what it is, which plan it belongs to, the plan's title. */
    private List<String> titleLines(PlanView plan) {
        StringBuilder of = new StringBuilder(label("plan.heading", plan.documentNumber()));
        if (plan.issuedOn() != null) {
            of.append(' ').append(label("plan.export.issuedOn", DATE.format(plan.issuedOn())));
        }
        if (plan.issuingBody() != null) {
            of.append(' ').append(label("plan.export.issuedBy", plan.issuingBody()));
        }
        return List.of(label("plan.export.heading"), label("plan.export.attached", of.toString()), plan.title());
    }

    private static String sectionHeading(SectionGroup g) {
        return g.section().code() + ". " + g.section().title();
    }

    /** The eight cells of an item as the plan writes them; an agency cell has a phrase per line. */
    private static List<String> cells(ItemSummary i) {
        return List.of(
                i.item().ordinal(),
                text(i.item().content()),
                text(i.item().inputActivities()),
                text(i.item().expectedOutputs()),
                text(i.item().timeframeText()),
                agencies(i, AgencyRole.LEAD),
                agencies(i, AgencyRole.COORDINATING),
                agencies(i, AgencyRole.SUPPORTING));
    }

    private static String agencies(ItemSummary i, AgencyRole role) {
        return i.agencies(role).stream().map(AgencyCell::writtenAs).collect(Collectors.joining("\n"));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    void xlsx(Framework framework, OutputStream out) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(book);
            Sheet sheet = book.createSheet(label("plan.export.sheet"));
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 0;
            List<String> titles = titleLines(framework.plan());
            for (int t = 0; t < titles.size(); t++) {
                merged(sheet, r, titles.get(t), t == 0 ? styles.title : styles.subtitle);
                sheet.getRow(r).setHeightInPoints(height(titles.get(t), total(WIDTHS)) + (t == 0 ? 6 : 0));
                r++;
            }
            r++;
            int headerRow = r;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < FrameworkRows.HEADINGS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(label(FrameworkRows.HEADINGS.get(c)));
                cell.setCellStyle(styles.header);
            }
            header.setHeightInPoints(2 * LINE_POINTS + 4);
            for (SectionGroup g : framework.sections()) {
                merged(sheet, r++, sectionHeading(g), styles.section);
                for (ItemSummary i : g.items()) {
                    Row row = sheet.createRow(r++);
                    List<String> cells = cells(i);
                    float height = LINE_POINTS;
                    for (int c = 0; c < cells.size(); c++) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(cells.get(c));
                        cell.setCellStyle(c == 0 ? styles.ordinal : styles.text);
                        height = Math.max(height, height(cells.get(c), WIDTHS[c]));
                    }
                    row.setHeightInPoints(height);
                }
            }
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setMargin(Sheet.LeftMargin, 0.4);
            sheet.setMargin(Sheet.RightMargin, 0.4);
            sheet.setMargin(Sheet.TopMargin, 0.5);
            sheet.setMargin(Sheet.BottomMargin, 0.5);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row whose one text spans the eight columns, each cell styled so the borders run across. */
    private static void merged(Sheet sheet, int r, String text, CellStyle style) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < WIDTHS.length; c++) {
            row.createCell(c).setCellStyle(style);
        }
        row.getCell(0).setCellValue(text);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTHS.length - 1));
    }

    /** Spreadsheets do not grow a wrapped row by themselves when printing: its height from its longest cell. */
    private static float height(String text, int width) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(line.length() * 1.1 / width));
        }
        return Math.max(1, lines) * LINE_POINTS + 3;
    }

    private static int total(int[] widths) {
        int sum = 0;
        for (int w : widths) {
            sum += w;
        }
        return sum;
    }

    private static final class XlsxStyles {

        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle section;
        final CellStyle ordinal;
        final CellStyle text;

        XlsxStyles(XSSFWorkbook book) {
            org.apache.poi.ss.usermodel.Font boldFont = book.createFont();
            boldFont.setBold(true);
            org.apache.poi.ss.usermodel.Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            org.apache.poi.ss.usermodel.Font italic = book.createFont();
            italic.setItalic(true);
            title = centered(book, big);
            subtitle = centered(book, italic);
            header = bordered(book);
            header.setFont(boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            section = bordered(book);
            section.setFont(boldFont);
            section.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            section.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(book);
            ordinal = bordered(book);
            ordinal.setAlignment(HorizontalAlignment.CENTER);
        }

        private static CellStyle centered(XSSFWorkbook book, org.apache.poi.ss.usermodel.Font font) {
            CellStyle style = book.createCellStyle();
            style.setFont(font);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            return style;
        }

        private static CellStyle bordered(XSSFWorkbook book) {
            CellStyle style = book.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }

    /** For print, a cell's list ("- Hội thảo… - Tọa đàm…") shows a line per entry. */
    void pdf(Framework framework, OutputStream out) {
        Font titleFont = new Font(bold, 13);
        Font subtitleFont = new Font(regular, 10, Font.ITALIC);
        Font headerFont = new Font(bold, 8);
        Font sectionFont = new Font(bold, 9);
        Font cellFont = new Font(regular, 8);
        // A landscape page itself rather than a portrait one turned (/Rotate): every viewer and printer agrees on it.
        Document document =
                new Document(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(
                    label("plan.export.heading") + " " + framework.plan().documentNumber());
            document.open();
            List<String> titles = titleLines(framework.plan());
            for (int t = 0; t < titles.size(); t++) {
                Paragraph p = new Paragraph(titles.get(t), t == 0 ? titleFont : subtitleFont);
                p.setAlignment(Element.ALIGN_CENTER);
                p.setSpacingAfter(t == titles.size() - 1 ? 10 : 2);
                document.add(p);
            }
            float[] widths = new float[WIDTHS.length];
            for (int c = 0; c < WIDTHS.length; c++) {
                widths[c] = WIDTHS[c];
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            // The header row starts every page; a tall row breaks across pages rather than leaving a gap.
            table.setHeaderRows(1);
            table.setSplitLate(false);
            for (String heading : FrameworkRows.HEADINGS) {
                PdfPCell cell = new PdfPCell(new Phrase(label(heading), headerFont));
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                cell.setBackgroundColor(new Color(0xE0, 0xE0, 0xE0));
                cell.setPadding(4);
                table.addCell(cell);
            }
            for (SectionGroup g : framework.sections()) {
                PdfPCell heading = new PdfPCell(new Phrase(sectionHeading(g), sectionFont));
                heading.setColspan(WIDTHS.length);
                heading.setBackgroundColor(new Color(0xF0, 0xF0, 0xF0));
                heading.setPadding(4);
                table.addCell(heading);
                for (ItemSummary i : g.items()) {
                    List<String> cells = cells(i);
                    for (int c = 0; c < cells.size(); c++) {
                        PdfPCell cell =
                                new PdfPCell(new Phrase(c == 0 ? cells.get(c) : printed(cells.get(c)), cellFont));
                        cell.setPadding(3);
                        if (c == 0) {
                            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                        }
                        table.addCell(cell);
                    }
                }
            }
            if (framework.sections().isEmpty()) {
                PdfPCell empty = new PdfPCell(new Phrase(label("plan.framework.empty"), cellFont));
                empty.setColspan(WIDTHS.length);
                table.addCell(empty);
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
    }

    private String printed(String cell) {
        List<String> lines = new ArrayList<>();
        for (String part : cell.split("\n")) {
            List<String> entries = cellLines.of(part);
            if (entries.size() > 1) {
                entries.forEach(e -> lines.add("- " + e));
            } else {
                lines.addAll(entries);
            }
        }
        return String.join("\n", lines);
    }
}
