package vn.valuechain.demo.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.demo.DemoDataRefusedException;
import vn.valuechain.demo.DemoDataService;

/** The administrator's page that shows what the demo data holds and loads it. */
@Controller
@RequestMapping("/admin/demo-data")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoDataController {

    private final DemoDataService demoData;

    @GetMapping
    String page(Model model) {
        model.addAttribute("documentNumber", demoData.documentNumber());
        model.addAttribute("loaded", demoData.loaded());
        model.addAttribute("counts", demoData.counts());
        model.addAttribute("illustrativeCounts", demoData.illustrativeCounts());
        return "demo/index";
    }

    @PostMapping
    String load(RedirectAttributes redirect) {
        try {
            demoData.load();
            redirect.addFlashAttribute("success", "demo.loaded");
        } catch (DemoDataRefusedException e) {
            redirect.addFlashAttribute("refusal", e.getMessageKey());
            redirect.addFlashAttribute("refusalArgs", e.getArgs());
        }
        return "redirect:/admin/demo-data";
    }
}
