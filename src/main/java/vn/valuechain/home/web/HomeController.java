package vn.valuechain.home.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.valuechain.home.HomeService;
import vn.valuechain.shared.security.UnitScopedUser;

@Controller
class HomeController {

    private final HomeService home;

    HomeController(HomeService home) {
        this.home = home;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal UnitScopedUser user, Model model) {
        model.addAttribute("counts", home.counts(user.getUnitId()));
        return "home/index";
    }
}
