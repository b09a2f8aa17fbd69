package vn.valuechain.geo.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.GeoService;

/** Search-as-you-type for the unit picker (htmx): returns the list of matches as a fragment. */
@Controller
class UnitPickerController {

    private final GeoService geo;

    UnitPickerController(GeoService geo) {
        this.geo = geo;
    }

    @GetMapping("/units/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) AdministrativeLevel level,
            @RequestParam String field,
            Model model) {
        model.addAttribute("units", geo.search(q, level));
        model.addAttribute("field", field);
        return "fragments/picker :: unitResults";
    }
}
