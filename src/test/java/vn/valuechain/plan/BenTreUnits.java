package vn.valuechain.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestData.Province;

/** The nine district-level units of Bến Tre in 2018, completing the two the shared test province has. */
public final class BenTreUnits {

    private BenTreUnits() {}

    /** By name as the units are called: "Huyện Chợ Lách", "Thành phố Bến Tre"… */
    public static Map<String, AdministrativeUnit> districts(TestData data, Province p) {
        Map<String, AdministrativeUnit> districts = new LinkedHashMap<>();
        districts.put("Huyện Mỏ Cày Nam", p.moCayNam());
        districts.put("Huyện Chợ Lách", p.choLach());
        String[][] others = {
            {"829", "Thành phố Bến Tre"},
            {"831", "Huyện Châu Thành"},
            {"832", "Huyện Bình Đại"},
            {"833", "Huyện Ba Tri"},
            {"834", "Huyện Giồng Trôm"},
            {"837", "Huyện Thạnh Phú"},
            {"838", "Huyện Mỏ Cày Bắc"}
        };
        for (String[] o : others) {
            districts.put(o[1], data.unit(AdministrativeLevel.DISTRICT, o[0], o[1], p.benTre()));
        }
        return districts;
    }
}
