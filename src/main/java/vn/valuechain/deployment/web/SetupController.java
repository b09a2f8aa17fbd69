package vn.valuechain.deployment.web;

import java.security.Principal;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.deployment.DeploymentRefusedException;
import vn.valuechain.deployment.DeploymentService;
import vn.valuechain.deployment.DeploymentService.SetUp;

/** The administrator's first-start page: which province this installation serves, and loading its reference data. */
@Controller
@RequestMapping("/admin/setup")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SetupController {

    private final DeploymentService deployment;

    @GetMapping
    String page(Model model) {
        model.addAttribute("current", deployment.current().orElse(null));
        model.addAttribute("provinces", deployment.provinces());
        model.addAttribute(
                "suggested",
                deployment.current().isPresent()
                        ? deployment.current().get().code()
                        : deployment.suggestion().map(u -> u.code()).orElse(null));
        return "deployment/setup";
    }

    @PostMapping
    String setUp(@RequestParam String province, Principal principal, RedirectAttributes redirect) {
        try {
            SetUp done = deployment.setUp(province, principal.getName());
            redirect.addFlashAttribute("setUpArgs", new Object[] {
                done.units().name(),
                done.units().communes(),
                done.units().oldCommunes(),
                done.units().oldDistricts(),
                done.units().absorbed().size(),
                done.agencies()
            });
        } catch (DeploymentRefusedException e) {
            redirect.addFlashAttribute("refusal", e.getMessageKey());
            redirect.addFlashAttribute("refusalArgs", e.getArgs());
        }
        return "redirect:/admin/setup";
    }
}
