package vn.valuechain.agency.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.agency.AgencyKind;
import vn.valuechain.agency.AgencyService;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.web.SortableBy;

@Controller
@RequestMapping("/admin/agencies")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AgencyAdminController {
    /** The sort orders the list offers (others in ?sort= fall back to the default), also for its export. */
    private static final SortableBy SORTS = SortableBy.of(Sort.by("name"), "name", "shortName", "kind");

    private final AgencyService agencies;
    private final AgencyExport export;
    private final Exports exports;

    @ModelAttribute("successors")
    List<AgencyService.AgencyLabel> successors() {
        return agencies.labels();
    }

    @ModelAttribute("kinds")
    AgencyKind[] kinds() {
        return AgencyKind.values();
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @PageableDefault(size = 20, sort = "name", direction = Sort.Direction.ASC) Pageable pageable,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", agencies.list(q, SORTS.page(pageable)));
        return "agency/list";
    }

    /** The list as searched and sorted on screen, every page, as {@code ?format=xlsx} or {@code csv}. */
    @GetMapping(params = "format")
    void export(
            @RequestParam(defaultValue = "") String q,
            @RequestParam String format,
            @PageableDefault(size = 20, sort = "name", direction = Sort.Direction.ASC) Pageable pageable,
            HttpServletRequest request,
            HttpServletResponse response) {
        exports.send(export.of(q, SORTS.sort(pageable)), format, request, response);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("agencyForm", new AgencyForm());
        return "agency/form";
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("agencyForm") AgencyForm form, BindingResult result, RedirectAttributes redirect) {
        return save(form, result, redirect);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("agencyForm", AgencyForm.of(agencies.get(id)));
        return "agency/form";
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("agencyForm") AgencyForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        form.setId(id);
        return save(form, result, redirect);
    }

    private String save(AgencyForm form, BindingResult result, RedirectAttributes redirect) {
        if (form.getName() != null && !form.getName().isBlank()) {
            List<String> names = new ArrayList<>(form.aliases());
            names.add(form.getName());
            List<String> taken = agencies.takenElsewhere(names, form.getId(), form.getProvinceId());
            if (taken.contains(form.getName())) {
                result.rejectValue("name", "agency.name.taken");
            }
            List<String> takenAliases =
                    taken.stream().filter(t -> !t.equals(form.getName())).toList();
            if (!takenAliases.isEmpty()) {
                result.rejectValue(
                        "aliasesText", "agency.alias.taken", new Object[] {String.join(", ", takenAliases)}, null);
            }
        }
        if (form.getValidFrom() != null
                && form.getValidTo() != null
                && form.getValidTo().isBefore(form.getValidFrom())) {
            result.rejectValue("validTo", "validation.endBeforeStart");
        }
        if (form.getSuccessorId() != null && form.getSuccessorId().equals(form.getId())) {
            result.rejectValue("successorId", "agency.successor.self");
        }
        if (result.hasErrors()) {
            return "agency/form";
        }
        agencies.save(form.toData());
        redirect.addFlashAttribute("success", "agency.saved");
        return "redirect:/admin/agencies";
    }
}
