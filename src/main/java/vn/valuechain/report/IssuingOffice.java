package vn.valuechain.report;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who issues the official reports: the department running this installation and the province it belongs to, as its
 * letterhead, number and place line name them ("UBND TỈNH BẾN TRE / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "…/BC-SNNMT",
 * "Bến Tre, ngày …"). The one place that knows them: {@code app.office.*}, and while no province is configured, the
 * province of the plan reported on.
 */
@Component
public class IssuingOffice {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final String province;
    private final String department;
    private final String abbreviation;

    IssuingOffice(
            @Value("${app.office.province:}") String province,
            @Value("${app.office.department:Sở Nông nghiệp và Môi trường}") String department,
            @Value("${app.office.department-abbreviation:SNNMT}") String abbreviation) {
        this.province = province.strip();
        this.department = department.strip();
        this.abbreviation = abbreviation.strip();
    }

    /** The office for a report on a plan of {@code planProvince} ("Tỉnh Bến Tre"; null when the plan names none). */
    public Office of(String planProvince) {
        String name = !province.isEmpty() ? province : planProvince == null ? "" : planProvince.strip();
        // "Tỉnh Bến Tre" is headed by "UBND TỈNH BẾN TRE" and dates its letters "Bến Tre, ngày …".
        String place = name.replaceFirst("^(?i)(tỉnh|thành phố)\\s+", "");
        return new Office(
                name.isEmpty() ? "" : ("UBND " + name).toUpperCase(VI),
                department.toUpperCase(VI),
                department,
                abbreviation,
                place);
    }

    /**
     * superior: the People's Committee above the department, in capitals; issuer: the department in capitals; name:
     * as running text writes it; abbreviation: in document numbers; place: of the date line.
     */
    public record Office(String superior, String issuer, String name, String abbreviation, String place) {}
}
