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
    private final vn.valuechain.chain.ChainRepository chains;

    HomeController(HomeService home, vn.valuechain.chain.ChainRepository chains) {
        this.home = home;
        this.chains = chains;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal UnitScopedUser user, Model model) {
        model.addAttribute("counts", home.counts(user.getUnitId()));
        model.addAttribute("chainCount", chains.count());
        return "home/index";
    }
}
