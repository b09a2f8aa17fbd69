package vn.valuechain.geo.web;

import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.GeoService;
import vn.valuechain.shared.time.OfficeTime;

/**
 * Search-as-you-type for the unit picker (htmx): returns the list of matches as a fragment. current=true offers only
 * today's units (registering a record), on=dd/MM/yyyy those of that date, else all with today's first.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UnitPickerController {

    private final GeoService geo;
    private final OfficeTime officeTime;

    @GetMapping("/units/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) AdministrativeLevel level,
            @RequestParam(defaultValue = "false") boolean current,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate on,
            @RequestParam String field,
            Model model) {
        model.addAttribute("units", geo.search(q, level, current ? officeTime.today() : on));
        model.addAttribute("field", field);
        return "fragments/picker :: unitResults";
    }
}
