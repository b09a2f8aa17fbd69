package vn.valuechain.plan;

import java.time.LocalDate;
import java.util.Map;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.plan.ActionItemService.ItemData;
import vn.valuechain.plan.PlanService.PlanData;
import vn.valuechain.plan.PlanService.SectionData;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestData.Province;

/** Bến Tre plan 2835 with a few items of its framework, entered through the services as a person would. */
public final class PlanFixtures {

    public final Province province;
    public final Map<String, AdministrativeUnit> districts;
    public final Plan plan;
    public final PlanSection common;
    public final PlanSection coconut;
    public final PlanSection longan;
    /** I.1: lead "UBND các huyện và thành phố" (all districts, Mỏ Cày Nam among them). */
    public final ActionItem allDistricts;
    /** II.1.4: Dừa, lead Sở NN&PTNT, coordinating all districts and four companies (flagged). */
    public final ActionItem coconutContracts;
    /** II.4.3: Nhãn, coordinating "UBND các huyện Bình Đại, Chợ Lách" only. */
    public final ActionItem longanTraining;

    public PlanFixtures(TestData data, PlanService plans, ActionItemService items) {
        province = data.provinceWithUsers();
        districts = BenTreUnits.districts(data, province);
        plan = plans.save(new PlanData(
                null,
                0,
                // Not the real number, which the browser test commits for good.
                "2835/KH-UBND-KT",
                LocalDate.of(2018, 6, 15),
                "Sửa đổi, bổ sung Kế hoạch hành động số 330/KH-UBND về chuỗi giá trị sản phẩm nông nghiệp chủ lực",
                "UBND tỉnh Bến Tre",
                2018,
                2025,
                province.benTre().getId(),
                null));
        common = plans.addSection(plan.getId(), new SectionData("I", "Các hoạt động chung", null));
        coconut = plans.addSection(plan.getId(), new SectionData("II.1", "Chuỗi Dừa", null));
        longan = plans.addSection(plan.getId(), new SectionData("II.4", "Chuỗi Nhãn", null));
        allDistricts = items.save(item(common, BenTreFramework.items().get(0)));
        coconutContracts = items.save(item(coconut, find("II.1", "4")));
        longanTraining = items.save(item(longan, find("II.4", "3")));
    }

    public static BenTreFramework find(String section, String ordinal) {
        return BenTreFramework.items().stream()
                .filter(i -> i.section().equals(section) && i.ordinal().equals(ordinal))
                .findFirst()
                .orElseThrow();
    }

    public ItemData item(PlanSection section, BenTreFramework row) {
        return new ItemData(
                null,
                0,
                plan.getId(),
                section.getId(),
                row.ordinal(),
                row.content(),
                row.inputActivities(),
                row.expectedOutputs(),
                row.timeframe(),
                row.lead(),
                row.coordinating(),
                row.supporting(),
                false);
    }
}
