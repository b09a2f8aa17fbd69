package vn.valuechain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.valuechain.planimport.GovernmentTable;
import vn.valuechain.support.WebTest;

/** The framework in its government layout: the spreadsheet's shape and print setup, and a PDF that prints Vietnamese. */
class PlanExportTest extends WebTest {

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemService items;

    PlanFixtures f;

    @BeforeEach
    void setUp() {
        f = new PlanFixtures(data, plans, items);
    }

    byte[] export(String user, String format) throws Exception {
        return mvc.perform(get("/plans/{id}/export." + format, f.plan.getId()).with(as(user)))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.containsString("khung-ke-hoach-2835-KH-UBND-KT." + format)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void theSpreadsheetHasTheEightColumnsMergedSectionRowsAndPrintsA4Landscape() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export("t-staff", "xlsx")))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("KHUNG KẾ HOẠCH HÀNH ĐỘNG");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("(Ban hành kèm theo Kế hoạch số 2835/KH-UBND-KT ngày 15/06/2018 của UBND tỉnh Bến Tre)");
            List<String> header = new ArrayList<>();
            sheet.getRow(4).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly(GovernmentTable.HEADER);
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("I. Các hoạt động chung");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("1");
            assertThat(sheet.getRow(6).getCell(5).getStringCellValue()).isEqualTo("UBND các huyện và thành phố");
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("II.1. Chuỗi Dừa");
            // The coordinating cell of II.1.4: a phrase per line.
            assertThat(sheet.getRow(8).getCell(6).getStringCellValue())
                    .startsWith("Liên minh các HTX\nHội Nông dân\n")
                    .contains("\nCty Betrimex\n");
            Set<Integer> mergedRows = new HashSet<>();
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                assertThat(region.getLastColumn()).isEqualTo(7);
                mergedRows.add(region.getFirstRow());
            }
            assertThat(mergedRows).contains(0, 1, 2, 5, 7, 9);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("5:5"));
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRow(8).getCell(1).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void thePdfIsA4LandscapeWithTheFontEmbeddedAndReadsInVietnamese() throws Exception {
        PdfReader reader = new PdfReader(export("t-viewer", "pdf"));
        try {
            assertThat(reader.getPageSize(1).getWidth())
                    .isGreaterThan(reader.getPageSize(1).getHeight());
            assertThat(Math.round(reader.getPageSize(1).getWidth())).isEqualTo(842);
            PdfDictionary fonts =
                    reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            List<String> embedded = new ArrayList<>();
            for (PdfName key : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(key);
                PdfDictionary descendant =
                        font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
                PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
                assertThat(descriptor.get(PdfName.FONTFILE2))
                        .as("embedded %s", font.get(PdfName.BASEFONT))
                        .isNotNull();
                embedded.add(font.get(PdfName.BASEFONT).toString());
            }
            assertThat(embedded).anyMatch(n -> n.endsWith("DejaVuSans")).anyMatch(n -> n.endsWith("DejaVuSans-Bold"));
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text)
                    .contains("KHUNG KẾ HOẠCH HÀNH ĐỘNG")
                    .contains("Cơ quan phối hợp")
                    .contains("II.1. Chuỗi Dừa")
                    .contains("Chuỗi Nhãn");
        } finally {
            reader.close();
        }
    }

    @Test
    void aDistrictUserExportsTheItemsOfTheirUnit() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export("t-district", "xlsx")))) {
            List<String> firstCells = new ArrayList<>();
            book.getSheetAt(0).forEach(r -> firstCells.add(r.getCell(0).getStringCellValue()));
            assertThat(firstCells).contains("II.1. Chuỗi Dừa").doesNotContain("II.4. Chuỗi Nhãn");
        }
    }
}
