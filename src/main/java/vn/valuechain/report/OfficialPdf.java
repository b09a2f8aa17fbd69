package vn.valuechain.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.valuechain.report.OfficialDocument.Block;
import vn.valuechain.report.OfficialDocument.Bullet;
import vn.valuechain.report.OfficialDocument.Heading;
import vn.valuechain.report.OfficialDocument.Table;
import vn.valuechain.report.OfficialDocument.Text;

/**
 * An {@link OfficialDocument} as a PDF for printing or sending as it is: the same layout as its Word version
 * ({@link OfficialDocx}), in Liberation Serif, which has the measures of Times New Roman and every Vietnamese letter
 * (embedded; licence in {@code fonts/LICENSE-Liberation.txt}).
 */
@Component
public class OfficialPdf {

    private static final float POINTS_PER_MM = 72f / 25.4f;

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;
    private final BaseFont boldItalic;

    OfficialPdf() {
        this.regular = font("LiberationSerif-Regular.ttf");
        this.bold = font("LiberationSerif-Bold.ttf");
        this.italic = font("LiberationSerif-Italic.ttf");
        this.boldItalic = font("LiberationSerif-BoldItalic.ttf");
    }

    private static BaseFont font(String name) {
        try (InputStream in = new ClassPathResource("fonts/" + name).getInputStream()) {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float mm(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }

    public void write(OfficialDocument d, OutputStream out) {
        // The decree's margins: top and bottom 20 mm, left 30 mm, right 15 mm.
        Document document = new Document(PageSize.A4, mm(30), mm(15), mm(20), mm(20));
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(new Font(regular, 13)));
            document.open();
            document.add(letterhead(d));
            title(document, d.title());
            for (Block block : d.body()) {
                document.add(block(block));
            }
            document.add(signature(d));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private Element letterhead(OfficialDocument d) {
        PdfPTable table = borderless(46, 54);
        PdfPCell left = cell();
        left.addElement(centred(d.letterhead().superior(), new Font(regular, 12)));
        left.addElement(centred(d.letterhead().issuer(), new Font(bold, 12)));
        left.addElement(new Chunk(new LineSeparator(0.5f, 35, null, Element.ALIGN_CENTER, 2)));
        PdfPCell right = cell();
        right.addElement(centred(d.letterhead().country(), new Font(bold, 12)));
        Font motto = new Font(bold, 13);
        motto.setStyle(Font.UNDERLINE);
        right.addElement(centred(d.letterhead().motto(), motto));
        table.addCell(left);
        table.addCell(right);
        PdfPCell number = cell();
        number.addElement(centred(d.number(), new Font(regular, 13)));
        PdfPCell date = cell();
        date.addElement(centred(d.placeAndDate(), new Font(italic, 13)));
        table.addCell(number);
        table.addCell(date);
        return table;
    }

    private void title(Document document, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Paragraph p = centred(lines.get(i), new Font(i < 2 ? bold : i == lines.size() - 1 ? italic : regular, 14));
            p.setSpacingBefore(i == 0 ? 24 : 0);
            p.setSpacingAfter(i == lines.size() - 1 ? 12 : 0);
            document.add(p);
        }
    }

    private Element block(Block block) {
        if (block instanceof Heading h) {
            return text(h.text(), new Font(h.level() == 3 ? boldItalic : bold, 14));
        }
        if (block instanceof Bullet b) {
            return text("- " + b.text(), new Font(regular, 14));
        }
        if (block instanceof Table t) {
            return table(t);
        }
        return text(((Text) block).text(), new Font(regular, 14));
    }

    /** Running text: justified, first line indented 1 cm, 6 pt after, line spacing 1.15. */
    private static Paragraph text(String text, Font font) {
        Paragraph p = new Paragraph(font.getSize() * 1.15f * 1.15f, text, font);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(mm(10));
        p.setSpacingAfter(6);
        return p;
    }

    private Element table(Table t) {
        Paragraph block = new Paragraph();
        Paragraph caption = centred(t.caption(), new Font(bold, 13));
        caption.setSpacingBefore(6);
        caption.setSpacingAfter(3);
        block.add(caption);
        PdfPTable table = new PdfPTable(widths(t));
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(6);
        for (String header : t.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, new Font(bold, 12)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setPadding(3);
            table.addCell(cell);
        }
        for (int row = 0; row < t.rows().size(); row++) {
            boolean total = t.totalRow() && row == t.rows().size() - 1;
            List<String> cells = t.rows().get(row);
            for (int col = 0; col < cells.size(); col++) {
                PdfPCell cell = new PdfPCell(new Phrase(cells.get(col), new Font(total ? bold : regular, 12)));
                cell.setHorizontalAlignment(t.numeric().contains(col) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                cell.setPadding(3);
                table.addCell(cell);
            }
        }
        block.add(table);
        return block;
    }

    /** Columns as wide as their longest text (within limits): a name column wide, number columns narrow. */
    private static float[] widths(Table t) {
        float[] widths = new float[t.headers().size()];
        for (int col = 0; col < widths.length; col++) {
            int longest = t.headers().get(col).length() / 2;
            for (List<String> row : t.rows()) {
                longest = Math.max(longest, row.get(col).length());
            }
            widths[col] = Math.max(4, Math.min(longest, 45));
        }
        return widths;
    }

    private Element signature(OfficialDocument d) {
        PdfPTable table = borderless(50, 50);
        table.setSpacingBefore(12);
        table.setKeepTogether(true);
        PdfPCell left = cell();
        left.addElement(new Paragraph(d.recipientsHeading(), new Font(boldItalic, 12)));
        for (String recipient : d.recipients()) {
            left.addElement(new Paragraph(recipient, new Font(regular, 11)));
        }
        PdfPCell right = cell();
        right.addElement(centred(d.signerTitle(), new Font(bold, 14)));
        Paragraph name = centred(d.signerName(), new Font(bold, 14));
        name.setSpacingBefore(72);
        right.addElement(name);
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    private static PdfPTable borderless(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(font.getSize() * 1.2f, text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    /** The page number at the top centre of every page but the first. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final Font font;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() > 1) {
                ColumnText.showTextAligned(
                        writer.getDirectContent(),
                        Element.ALIGN_CENTER,
                        new Phrase(String.valueOf(writer.getPageNumber()), font),
                        (document.left() + document.right()) / 2,
                        document.getPageSize().getHeight() - mm(12),
                        0);
            }
        }
    }
}
