package vn.valuechain.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.valuechain.report.OfficialDocument.Block;
import vn.valuechain.report.OfficialDocument.Bullet;
import vn.valuechain.report.OfficialDocument.Heading;
import vn.valuechain.report.OfficialDocument.Table;
import vn.valuechain.report.OfficialDocument.Text;

/**
 * An {@link OfficialDocument} as a Word file the officer edits before signing: A4, margins top and bottom 20 mm, left
 * 30 mm, right 15 mm; Times New Roman 14 for the text, 12 and 13 in the letterhead and tables, 12 and 11 for the
 * recipients; page numbers at the top from the second page (Decree 30/2020/NĐ-CP, Appendix I). Letterhead, tables and signature are
 * real Word tables, the text real paragraphs, so that everything can be changed in Word.
 */
public final class OfficialDocx {

    static final String FONT = "Times New Roman";

    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    /** A4 less the left and right margins: the width tables span. */
    private static final int TEXT_WIDTH = twips(210 - 30 - 15);

    private OfficialDocx() {}

    public static void write(OfficialDocument d, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            letterhead(doc, d);
            title(doc, d.title());
            for (Block block : d.body()) {
                block(doc, block);
            }
            signature(doc, d);
            doc.write(out);
        }
    }

    private static int twips(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }

    /** A4 portrait, the decree's margins, Times New Roman 14 by default (also for text the officer adds). */
    private static void page(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(28));
        run.addNewSzCs().setVal(BigInteger.valueOf(28));
        run.addNewLang().setVal("vi-VN");
        doc.createStyles().setStyles(styles);

        // The header of the first page (empty) marks it as different (titlePg): page numbers start on page 2.
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = header.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        number.getCTP().addNewFldSimple().setInstr("PAGE");
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(210)));
        size.setH(BigInteger.valueOf(twips(297)));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(20)));
        margins.setBottom(BigInteger.valueOf(twips(20)));
        margins.setLeft(BigInteger.valueOf(twips(30)));
        margins.setRight(BigInteger.valueOf(twips(15)));
        margins.setHeader(BigInteger.valueOf(twips(10)));
        margins.setFooter(BigInteger.valueOf(twips(10)));
    }

    /** Issuing body on the left, national motto on the right; number and place-and-date under them. */
    private static void letterhead(XWPFDocument doc, OfficialDocument d) {
        // Without cell margins and the wider column for the country's name, which must hold on one line; a long
        // issuer's
        // name may take two, as the decree allows.
        XWPFTable table = borderless(doc, 2, new int[] {42, 58});
        table.setCellMargins(0, 0, 0, 0);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        line(first(left), d.letterhead().superior(), 12, false, false);
        XWPFParagraph issuer = line(left.addParagraph(), d.letterhead().issuer(), 12, true, false);
        // A short line under the issuer's name, a third of the cell wide.
        issuer.setBorderBottom(Borders.SINGLE);
        issuer.setIndentationLeft(twips(18));
        issuer.setIndentationRight(twips(18));
        line(first(right), d.letterhead().country(), 12, true, false);
        XWPFRun motto = line(right.addParagraph(), d.letterhead().motto(), 13, true, false)
                .getRuns()
                .get(0);
        motto.setUnderline(UnderlinePatterns.SINGLE);
        line(table.getRow(1).getCell(0).getParagraphs().get(0), d.number(), 13, false, false);
        line(table.getRow(1).getCell(1).getParagraphs().get(0), d.placeAndDate(), 13, false, true);
    }

    private static void title(XWPFDocument doc, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingBefore(i == 0 ? 480 : 0);
            p.setSpacingAfter(i == lines.size() - 1 ? 240 : 0);
            line(p, lines.get(i), 14, i < 2, i == lines.size() - 1);
        }
    }

    private static void block(XWPFDocument doc, Block block) {
        if (block instanceof Heading h) {
            XWPFParagraph p = text(doc, h.text(), 567);
            p.getRuns().forEach(r -> {
                r.setBold(true);
                r.setItalic(h.level() == 3);
            });
        } else if (block instanceof Text t) {
            text(doc, t.text(), 567);
        } else if (block instanceof Bullet b) {
            text(doc, "- " + b.text(), 567);
        } else if (block instanceof Table t) {
            table(doc, t);
        }
    }

    /** Running text: justified, first line indented 1 cm, 6 pt after, line spacing 1.15. */
    private static XWPFParagraph text(XWPFDocument doc, String text, int firstLine) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(firstLine);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        run(p, text, 14);
        return p;
    }

    private static void table(XWPFDocument doc, Table t) {
        XWPFParagraph caption = doc.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.setSpacingBefore(120);
        caption.setSpacingAfter(60);
        caption.setKeepNext(true);
        XWPFRun c = run(caption, t.caption(), 13);
        c.setBold(true);
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
        columns(table, proportional(t));
        table.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int col = 0; col < t.headers().size(); col++) {
            XWPFParagraph p = first(header.getCell(col));
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, t.headers().get(col), 12).setBold(true);
        }
        for (int row = 0; row < t.rows().size(); row++) {
            List<String> cells = t.rows().get(row);
            boolean total = t.totalRow() && row == t.rows().size() - 1;
            XWPFTableRow r = table.getRow(row + 1);
            r.setCantSplitRow(true);
            for (int col = 0; col < cells.size(); col++) {
                XWPFParagraph p = first(r.getCell(col));
                p.setAlignment(t.numeric().contains(col) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                run(p, cells.get(col), 12).setBold(total);
            }
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    /** "Nơi nhận" on the left; the signer's title, room for signature and seal, and name on the right. */
    private static void signature(XWPFDocument doc, OfficialDocument d) {
        XWPFTable table = borderless(doc, 1, new int[] {50, 50});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph heading = first(left);
        heading.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun h = run(heading, d.recipientsHeading(), 12);
        h.setBold(true);
        h.setItalic(true);
        for (String recipient : d.recipients()) {
            XWPFParagraph p = left.addParagraph();
            run(p, recipient, 11);
        }
        line(first(right), d.signerTitle(), 14, true, false);
        for (int i = 0; i < 4; i++) {
            right.addParagraph();
        }
        line(right.addParagraph(), d.signerName(), 14, true, false);
    }

    /** A table without borders whose columns share the text width as given (percentages). */
    private static XWPFTable borderless(XWPFDocument doc, int rows, int[] percents) {
        XWPFTable table = doc.createTable(rows, percents.length);
        table.removeBorders();
        columns(table, percents);
        return table;
    }

    /**
     * The columns' widths (percentages of the text width) in the table grid and on every cell, the layout fixed: Word
     * reads the cells' widths, LibreOffice the grid (without it, every column gets the same narrow default).
     */
    private static void columns(XWPFTable table, int[] percents) {
        table.setWidth(TEXT_WIDTH);
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int percent : percents) {
            grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH * percent / 100));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int col = 0; col < percents.length; col++) {
                CTTcPr cell = row.getCell(col).getCTTc().isSetTcPr()
                        ? row.getCell(col).getCTTc().getTcPr()
                        : row.getCell(col).getCTTc().addNewTcPr();
                CTTblWidth width = cell.isSetTcW() ? cell.getTcW() : cell.addNewTcW();
                width.setType(STTblWidth.DXA);
                width.setW(BigInteger.valueOf((long) TEXT_WIDTH * percents[col] / 100));
            }
        }
    }

    /**
     * A figures table's columns in proportion to their text: the longest cell, or half the header (headers take two
     * lines), each counted between 5 and 40 characters, so that an item's content gets the room and a number little.
     */
    private static int[] proportional(Table t) {
        int n = t.headers().size();
        int[] weights = new int[n];
        for (int col = 0; col < n; col++) {
            int longest = (t.headers().get(col).length() + 1) / 2;
            for (List<String> row : t.rows()) {
                longest = Math.max(longest, row.get(col).length());
            }
            weights[col] = Math.max(5, Math.min(40, longest));
        }
        int sum = Arrays.stream(weights).sum();
        int[] percents = new int[n];
        for (int col = 0; col < n; col++) {
            percents[col] = weights[col] * 100 / sum;
        }
        return percents;
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }

    /** A centred line of the letterhead, title or signature. */
    private static XWPFParagraph line(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        XWPFRun r = run(p, text, size);
        r.setBold(bold);
        r.setItalic(italic);
        return p;
    }

    /** A run of text; its lines (a plan's cell often has several) kept as line breaks. */
    private static XWPFRun run(XWPFParagraph p, String text, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        return r;
    }
}
