package vn.valuechain.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.support.Browser;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestDatabase;
import vn.valuechain.user.Role;

/**
 * As people would: the office enters Bến Tre plan 2835 with three items of its framework; the official of Chợ Lách
 * sees the two that name Chợ Lách, reports on one; the office returns the report with a comment; the official fixes
 * and resubmits it; the office accepts it, and the plan's table shows the progress.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class PlanWorkflowBrowserTest {

    static final String PROVINCE = "Tỉnh Bến Tre (dữ liệu thử)";
    static final String PASSWORD = TestData.PASSWORD;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.registerOwn(registry, "browser_plan_workflow");
    }

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    TransactionTemplate tx;

    Browser browser;

    @BeforeEach
    void setUp() {
        // Committed for real (the browser works in other threads), with codes and names unique to this test;
        // the districts' start date keeps their codes apart from the shared test province's.
        tx.executeWithoutResult(s -> {
            AdministrativeUnit province = unit(AdministrativeLevel.PROVINCE, "B83", PROVINCE, null);
            AdministrativeUnit choLach = null;
            String[][] districts = {
                {"B829", "Thành phố Bến Tre"}, {"B831", "Huyện Châu Thành"}, {"B832", "Huyện Chợ Lách"},
                {"B833", "Huyện Mỏ Cày Nam"}, {"B834", "Huyện Giồng Trôm"}, {"B835", "Huyện Bình Đại"},
                {"B836", "Huyện Ba Tri"}, {"B837", "Huyện Thạnh Phú"}, {"B838", "Huyện Mỏ Cày Bắc"}
            };
            for (String[] d : districts) {
                AdministrativeUnit unit = unit(AdministrativeLevel.DISTRICT, d[0], d[1], province);
                if (d[1].equals("Huyện Chợ Lách")) {
                    choLach = unit;
                }
            }
            data.user("b-plan-staff", Role.STAFF, null);
            data.user("b-cholach", Role.DISTRICT, choLach);
        });
        browser = new Browser("http://localhost:" + port);
    }

    AdministrativeUnit unit(AdministrativeLevel level, String code, String name, AdministrativeUnit parent) {
        AdministrativeUnit unit = data.unit(level, code, name, parent);
        unit.setValidFrom(LocalDate.of(1976, 1, 1));
        unit.setValidTo(LocalDate.of(2025, 6, 30));
        return unit;
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void thePlanIsEnteredReportedOnReturnedResubmittedAndAccepted() {
        browser.signIn("b-plan-staff", PASSWORD);

        // The plan and its sections.
        browser.open("/plans/new");
        browser.type("documentNumber", "2835/KH-UBND");
        browser.type("issuedOn", "15/06/2018");
        browser.type(
                "title",
                "Sửa đổi, bổ sung Kế hoạch hành động số 330/KH-UBND ngày 25 tháng 01 năm 2017 của Ủy ban nhân dân tỉnh"
                        + " về thực hiện Nghị quyết 03-NQ/TU về chuỗi giá trị sản phẩm nông nghiệp chủ lực tỉnh Bến Tre");
        browser.type("issuingBody", "UBND tỉnh Bến Tre");
        browser.type("periodStartYear", "2018");
        browser.type("periodEndYear", "2025");
        browser.choose("provinceLabel", "du lieu thu", PROVINCE);
        browser.screenshot("plan-01-new");
        browser.submit();
        assertThat(browser.text()).contains("Đã lưu kế hoạch.", "Kế hoạch số 2835/KH-UBND");
        String planPath = browser.path();
        section(planPath, "I", "Các hoạt động chung các chuỗi");
        section(planPath, "II.4", "Chuỗi Nhãn");

        // I.1: every district and the city lead it, Chợ Lách among them.
        newItem(planPath, "I. Các hoạt động chung các chuỗi", "1");
        browser.type(
                "content",
                "- Chủ trì, phối hợp vận động thành lập các THT, HTX kiểu mới tiêu biểu. - Hỗ trợ, hướng dẫn ký kết,"
                        + " thực hiện các hợp đồng liên kết giữa THT, HTX với các doanh nghiệp đầu vào, đầu ra và các"
                        + " tác nhân trung gian.");
        browser.type("inputActivities", "- Hội thảo, tập huấn tuyên truyền. - Tọa đàm, hội nghị khách hàng.");
        browser.type(
                "expectedOutputs",
                "- Các THT, HTX kiểu mới tiêu biểu được củng cố và thành lập mới đạt mục tiêu đề ra. - Các hợp đồng"
                        + " liên kết sản xuất - tiêu thụ được thực hiện chặt chẽ.");
        browser.type("timeframeText", "2018-2025");
        browser.type("lead", "UBND các huyện và thành phố.");
        browser.type(
                "coordinating",
                "Liên minh các HTX, Hội Nông dân, Sở Nông nghiệp và PTNT, Sở Kế hoạch và Đầu tư, Sở Công Thương,"
                        + " Sở Khoa học và Công nghệ.");
        browser.type(
                "supporting",
                "Mặt trận Tổ quốc và các đoàn thể tỉnh, Liên Hiệp các Hội Khoa học Kỹ thuật, các hội nghề nghiệp,"
                        + " các chương trình, dự án (AMD, Cabon thấp, JICA, ...).");
        assertThat(browser.find("#lead-preview li").getText())
                .contains("UBND các huyện và thành phố", "Huyện Chợ Lách", "Thành phố Bến Tre");
        browser.submit();
        assertThat(browser.text()).contains("Đã lưu nhiệm vụ.", "Nhiệm vụ I.1");

        // I.10: led by Sở TN&MT, chosen in the picker; no district takes part.
        newItem(planPath, "I. Các hoạt động chung các chuỗi", "10");
        browser.type(
                "content",
                "Nghiên cứu tham mưu cơ chế chính sách quy định về quản lý, sử dụng, tích tụ đất đai theo hướng tạo"
                        + " điều kiện thuận lợi cho nông dân, doanh nghiệp phát triển sản xuất - kinh doanh.");
        browser.type("inputActivities", "Nghiên cứu, điều tra khảo sát, hội thảo.");
        browser.type("timeframeText", "2018-2020");
        browser.find(".agency-picker:nth-child(1) .agency-search").sendKeys("tai nguyen");
        browser.click(".agency-choice[data-name='Sở Tài nguyên và Môi trường tỉnh Bến Tre']");
        browser.type("coordinating", "Sở Nông nghiệp và PTNT, Sở Tư pháp, Sở Kế hoạch và Đầu tư, Sở Tài chính");
        assertThat(browser.find("#lead-preview li").getText()).contains("Sở TN&MT");
        browser.submit();
        assertThat(browser.text()).contains("Đã lưu nhiệm vụ.", "Sở Tài nguyên và Môi trường tỉnh Bến Tre");

        // II.4.2: Nhãn, with Châu Thành, Bình Đại and Chợ Lách; its output becomes a target.
        newItem(planPath, "II.4. Chuỗi Nhãn", "2");
        browser.type("content", "Thực hiện các hoạt động nối kết thị trường");
        browser.type("inputActivities", "Tổ chức hội thảo liên kết và ký kết hợp đồng");
        browser.type("expectedOutputs", "Mỗi năm ký kết được 01 hợp đồng.");
        browser.type("timeframeText", "Từ tháng 04 đến tháng 12 hàng năm (2018-2020)");
        assertThat(browser.find("#timeframe-preview li").getText())
                .contains("Tháng 04 đến tháng 12 hằng năm, từ 2018 đến 2020");
        browser.type("lead", "Sở Công Thương, Sở Nông Nghiệp & PTNT");
        browser.type(
                "coordinating",
                "Hội Nông dân tỉnh, Sở Khoa học và Công nghệ, Liên minh HTX tỉnh. UBND các huyện Châu Thành, Bình"
                        + " Đại, Chợ Lách\nCty Betrimex");
        browser.type("supporting", "Liên Hiệp các Hội Khoa học Kỹ thuật, các hội nghề nghiệp");
        assertThat(browser.find("#coordinating-preview").getText())
                .contains("Huyện Châu Thành, Huyện Bình Đại, Huyện Chợ Lách", "Cty Betrimex", "chưa có trong danh mục");
        browser.screenshot("plan-02-item-form");
        browser.submit();
        // The quantity of the expected outputs is offered as a target: one contract a year for three years.
        assertThat(browser.path()).endsWith("/targets");
        assertThat(browser.text()).contains("Gợi ý");
        browser.type("lines[0].value", "3");
        browser.type("lines[0].indicator", "Hợp đồng liên kết tiêu thụ nhãn được ký kết (2018–2020)");
        browser.screenshot("plan-03-targets");
        browser.submit();
        assertThat(browser.text()).contains("Đã lưu chỉ tiêu.", "Hợp đồng liên kết tiêu thụ nhãn", "3 hợp đồng");
        String longanItem = browser.path();

        browser.open(planPath + "?on=30/09/2019");
        assertThat(browser.text())
                .contains(
                        "I. Các hoạt động chung các chuỗi",
                        "II.4. Chuỗi Nhãn",
                        "Cơ quan chủ trì",
                        "Hội thảo, tập huấn tuyên truyền.",
                        "Cty Betrimex");
        browser.screenshot("plan-04-table-staff");
        browser.signOut();

        // The official of Chợ Lách sees the two items naming Chợ Lách, not the one of Sở TN&MT.
        browser.signIn("b-cholach", PASSWORD);
        browser.open("/my-items?on=15/07/2019");
        assertThat(browser.text())
                .contains("Việc của tôi", "Huyện Chợ Lách", "Thực hiện các hoạt động nối kết thị trường")
                .doesNotContain("tích tụ đất đai");
        browser.screenshot("plan-05-my-items");
        browser.open(planPath);
        assertThat(browser.text()).contains("Chủ trì, phối hợp vận động").doesNotContain("tích tụ đất đai");

        browser.open(longanItem);
        browser.clickAndWaitForNextPage("#new-report");
        new Select(browser.find("select[name='periodType']")).selectByValue("QUARTER");
        browser.type("periodNumber", "3");
        browser.type("periodYear", "2019");
        browser.type("values[0].actual", "1");
        browser.type("percentComplete", "12,5"); // typed the Vietnamese way: twelve and a half

        browser.type("narrative", "Tổ chức 01 hội thảo kết nối; 01 hợp đồng tiêu thụ nhãn được ký.");
        browser.type("difficulties", "Giá nhãn xuồng cơm vàng biến động mạnh.");
        browser.type("proposals", "Hỗ trợ kinh phí tham gia hội chợ.");
        browser.screenshot("plan-06-report-form");
        browser.clickAndWaitForNextPage("button[value='submit']");
        assertThat(browser.text()).contains("Đã gửi báo cáo.", "Đã gửi, chờ duyệt", "Quý 3/2019", "12,5%");
        String reportPath = browser.path();
        browser.signOut();

        // The office finds it in its queue and returns it with a comment.
        browser.signIn("b-plan-staff", PASSWORD);
        assertThat(browser.find("#unread-count").getText()).isEqualTo("1");
        browser.open("/progress-reports");
        assertThat(browser.text()).contains("Huyện Chợ Lách", "Quý 3/2019", "Đã gửi, chờ duyệt");
        browser.screenshot("plan-07-review-queue");
        browser.open(reportPath);
        browser.type("comment", "Đề nghị ghi rõ tên doanh nghiệp và HTX đã ký hợp đồng.");
        browser.clickAndWaitForNextPage("#return");
        assertThat(browser.text()).contains("Đã trả lại báo cáo.", "Bị trả lại");
        browser.signOut();

        // The official sees it returned, fixes it and submits again.
        browser.signIn("b-cholach", PASSWORD);
        assertThat(browser.find("#unread-count").getText()).isEqualTo("1");
        browser.open("/notifications");
        assertThat(browser.text()).contains("đã bị trả lại để chỉnh sửa");
        browser.screenshot("plan-08-notifications");
        browser.open("/my-items");
        assertThat(browser.text()).contains("Báo cáo bị trả lại", "Đề nghị ghi rõ tên doanh nghiệp");
        browser.clickAndWaitForNextPage("#returned + .list-group a");
        browser.type(
                "narrative",
                "Tổ chức 01 hội thảo kết nối; HTX Nông nghiệp Hòa Nghĩa ký hợp đồng tiêu thụ nhãn với Công ty TNHH"
                        + " Trái cây Chợ Lách.");
        browser.screenshot("plan-09-report-fixed");
        browser.clickAndWaitForNextPage("button[value='submit']");
        assertThat(browser.text()).contains("Đã gửi báo cáo.", "Đã gửi, chờ duyệt");
        browser.signOut();

        // The office accepts it: locked, and counted in the plan's table.
        browser.signIn("b-plan-staff", PASSWORD);
        browser.open(reportPath);
        browser.clickAndWaitForNextPage("#accept");
        assertThat(browser.text()).contains("Đã chấp nhận báo cáo.", "Đã chấp nhận", "HTX Nông nghiệp Hòa Nghĩa");
        browser.screenshot("plan-10-accepted");
        browser.open(planPath + "?on=30/09/2019");
        assertThat(browser.find("#item-" + longanItem.substring(longanItem.lastIndexOf('/') + 1) + " .progress-cell")
                        .getText())
                .contains("33%");
        browser.screenshot("plan-11-table-progress");
        browser.open(longanItem + "?on=30/09/2019");
        assertThat(browser.text()).contains("Có nguy cơ chậm", "nhưng mới đạt 33%", "Đã chấp nhận");
        browser.screenshot("plan-12-item");
    }

    void section(String planPath, String code, String title) {
        browser.open(planPath + "/sections/new");
        browser.type("code", code);
        browser.type("title", title);
        browser.submit();
        assertThat(browser.text()).contains("Đã thêm phần.");
    }

    void newItem(String planPath, String section, String ordinal) {
        browser.open("/action-items/new?plan=" + planPath.substring(planPath.lastIndexOf('/') + 1));
        new Select(browser.find("select[name='sectionId']")).selectByVisibleText(section);
        browser.type("ordinal", ordinal);
    }
}
