package vn.valuechain.home.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.valuechain.demo.DemoDataOffer;
import vn.valuechain.home.HomeService;
import vn.valuechain.shared.security.UnitScopedUser;

@Controller
class HomeController {

    private final HomeService home;
    private final DemoDataOffer demoDataOffer;

    HomeController(HomeService home, DemoDataOffer demoDataOffer) {
        this.home = home;
        this.demoDataOffer = demoDataOffer;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal UnitScopedUser user, Model model) {
        model.addAttribute("counts", home.counts(user.getUnitId()));
        // The template shows the offer to an administrator only; a DISTRICT user is never asked.
        model.addAttribute("demoDataOffered", !user.isDistrictUser() && demoDataOffer.offered());
        return "home/index";
    }
}
