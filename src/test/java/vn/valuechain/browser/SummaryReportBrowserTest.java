package vn.valuechain.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.support.Browser;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestDatabase;
import vn.valuechain.user.Role;

/**
 * An administrator downloads the summary report from its page: the browser saves the workbook, and its five
 * sheets hold this (committed, uniquely named) province's figures: two chains, three cooperatives planned.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestData.class, RegistryData.class})
class SummaryReportBrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.registerOwn(registry, "browser_summary_report");
    }

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    RegistryData registry;

    @Autowired
    TransactionTemplate tx;

    Browser browser;
    Path downloads;
    Long province;

    @BeforeEach
    void setUp() throws Exception {
        province = tx.execute(s -> {
            var tinh = data.unit(AdministrativeLevel.PROVINCE, "R83", "Tỉnh Báo Cáo Thử", null);
            var huyen = data.unit(AdministrativeLevel.DISTRICT, "R836", "Huyện Báo Cáo Thử", tinh);
            data.user("rp-admin", Role.ADMIN, null);
            Cooperative coop = registry.cooperative("HTX báo cáo thử", huyen);
            registry.chainWith(coop, "Chuỗi dừa báo cáo thử", huyen);
            registry.chain("Chuỗi bưởi báo cáo thử", "Bưởi da xanh", huyen);
            for (String period : List.of("2017-2018", "2017-2018", "2019")) {
                Cooperative planned = registry.cooperative("HTX dự kiến báo cáo thử " + period, huyen);
                planned.setStatus(CooperativeStatus.PLANNED);
                planned.setProduct(registry.product("Dừa"));
                planned.setTargetPeriod(period);
                planned.setTargetYearFrom(Integer.parseInt(period.substring(0, 4)));
            }
            return tinh.getId();
        });
        downloads = Files.createTempDirectory("downloads-");
        browser = new Browser("http://localhost:" + port, downloads);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdministratorDownloadsTheSummaryWorkbook() throws Exception {
        browser.signIn("rp-admin", TestData.PASSWORD);
        browser.open("/reports?unit=" + province + "&date=15/06/2026");
        assertThat(browser.text()).contains("Báo cáo tổng hợp", "Tỉnh Báo Cáo Thử", "HTX theo sản phẩm, giai đoạn");
        browser.click("#download-summary");
        Path file = browser.downloaded(downloads, ".xlsx");
        // The page made the download itself (app.js) and said when it was done.
        assertThat(browser.find("#export-status .export-status-text").getAttribute("textContent"))
                .isEqualTo("Đã tải xong.");
        browser.screenshot("summary-report-downloaded");
        assertThat(file.getFileName().toString()).startsWith("bao-cao-tong-hop-");

        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names)
                    .containsExactly(
                            "Số liệu chính",
                            "Mức độ hoàn thiện chuỗi",
                            "Bao tiêu theo hợp đồng",
                            "HTX theo sản phẩm, giai đoạn",
                            "Tiến độ theo cơ quan",
                            "Tiến độ theo địa bàn");
            Sheet chains = workbook.getSheetAt(1);
            assertThat(chains.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Đơn vị: Tỉnh Báo Cáo Thử");
            assertThat(chains.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Ngày tham chiếu: 15/06/2026");
            assertThat(column(chains, 0))
                    .containsExactly("Chuỗi bưởi báo cáo thử", "Chuỗi dừa báo cáo thử", "Tổng cộng");

            Sheet cooperatives = workbook.getSheetAt(3);
            Row header = cooperatives.getRow(5);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("2017-2018");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("2019");
            Row coconut = cooperatives.getRow(6);
            assertThat(coconut.getCell(1).getStringCellValue()).isEqualTo("Sản phẩm Dừa");
            assertThat(coconut.getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(coconut.getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(coconut.getCell(4).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    /** The texts of a column under the header (title, three context lines, a blank row, the header). */
    private static List<String> column(Sheet sheet, int index) {
        List<String> values = new ArrayList<>();
        for (int r = 6; r <= sheet.getLastRowNum(); r++) {
            values.add(sheet.getRow(r).getCell(index).getStringCellValue());
        }
        return values;
    }
}
