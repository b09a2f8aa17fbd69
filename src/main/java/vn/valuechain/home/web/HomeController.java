package vn.valuechain.home.web;

import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.valuechain.demo.DemoDataOffer;
import vn.valuechain.home.DayWork;
import vn.valuechain.home.HomeService;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.time.OfficeTime;

@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HomeController {

    private final HomeService home;
    private final DayWork work;
    private final DemoDataOffer demoDataOffer;
    private final OfficeTime officeTime;

    /**
     * The day's work per role (staff: what waits for review and what is late or lapsing; a local official: the
     * reports their unit owes; leadership and the administrator: the headline figures against last quarter), above
     * the counts of records.
     */
    @GetMapping("/")
    String home(@AuthenticationPrincipal UnitScopedUser user, Authentication auth, Model model) {
        LocalDate today = officeTime.today();
        model.addAttribute("counts", home.counts(user.getUnitId()));
        model.addAttribute("expiryDays", DayWork.EXPIRY_DAYS);
        if (has(auth, "ROLE_STAFF")) {
            model.addAttribute("staff", work.staff(user, today));
        } else if (user.isDistrictUser()) {
            model.addAttribute("district", work.district(user, today));
        } else {
            model.addAttribute("figures", work.figures(today));
        }
        // The template shows the offer to an administrator only; a DISTRICT user is never asked.
        model.addAttribute("demoDataOffered", !user.isDistrictUser() && demoDataOffer.offered());
        return "home/index";
    }

    private static boolean has(Authentication auth, String authority) {
        return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }
}
