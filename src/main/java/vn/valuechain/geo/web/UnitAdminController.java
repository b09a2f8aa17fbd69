package vn.valuechain.geo.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.GeoService;
import vn.valuechain.geo.UnitChanges;
import vn.valuechain.geo.UnitRow;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.TableExport;

/** The tree of provinces, districts and communes, including those that no longer exist. */
@Controller
@RequestMapping("/admin/units")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UnitAdminController {

    /** The official type words, for a change of type (a tỉnh becoming a thành phố, a xã a phường). */
    private static final List<String> TYPES =
            List.of("Tỉnh", "Thành phố", "Huyện", "Quận", "Thị xã", "Xã", "Phường", "Thị trấn", "Đặc khu");

    private final GeoService geo;
    private final UnitChanges changes;
    private final UnitExport export;
    private final Exports exports;

    @ModelAttribute("levels")
    AdministrativeLevel[] levels() {
        return AdministrativeLevel.values();
    }

    /** One level at a time: the provinces, or the children of the unit given. */
    @GetMapping
    String tree(@RequestParam(required = false) Long parent, Model model) {
        if (parent == null) {
            model.addAttribute("units", geo.roots());
        } else {
            UnitRow current = geo.row(parent);
            model.addAttribute("current", current);
            model.addAttribute("units", geo.children(parent));
            if (current.parentId() != null) {
                model.addAttribute("grandparent", geo.row(current.parentId()));
            }
        }
        return "geo/units";
    }

    /** The level shown, as {@code ?format=xlsx} or {@code csv}. */
    @GetMapping(params = "format")
    void export(
            @RequestParam(required = false) Long parent,
            @RequestParam String format,
            HttpServletRequest request,
            HttpServletResponse response) {
        TableExport table =
                parent == null ? export.of(null, geo.roots()) : export.of(geo.row(parent), geo.children(parent));
        exports.send(table, format, request, response);
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long parent, Model model) {
        UnitForm form = new UnitForm();
        if (parent != null) {
            UnitRow p = geo.row(parent);
            form.setParentId(p.id());
            form.setParentLabel(p.name());
            form.setLevel(
                    p.level() == AdministrativeLevel.PROVINCE
                            ? AdministrativeLevel.DISTRICT
                            : AdministrativeLevel.COMMUNE);
        } else {
            form.setLevel(AdministrativeLevel.PROVINCE);
        }
        model.addAttribute("unitForm", form);
        return "geo/form";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result, RedirectAttributes redirect) {
        if (validate(form, result)) {
            return "geo/form";
        }
        return save(form, redirect);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("unitForm", UnitForm.of(geo.row(id)));
        model.addAttribute("unitChangeForm", new UnitChangeForm());
        return history(id, model);
    }

    /** A dated change (a new type or name from a day, a corrected code), applied on its day. */
    @PostMapping("/{id}/changes")
    String addChange(
            @PathVariable long id,
            @Valid @ModelAttribute("unitChangeForm") UnitChangeForm form,
            BindingResult result,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        UnitRow unit = geo.row(id);
        if (form.changesNothing()) {
            result.reject("unit.change.nothing");
        }
        if (form.getEffectiveOn() != null && changes.problem(id, form.getEffectiveOn()) != null) {
            result.rejectValue("effectiveOn", changes.problem(id, form.getEffectiveOn()));
        }
        if (form.getNewCode() != null
                && !form.getNewCode().isBlank()
                && geo.codeTaken(unit.level(), form.getNewCode(), id, unit.validFrom(), unit.validTo())) {
            result.rejectValue("newCode", "unit.code.taken");
        }
        if (result.hasErrors()) {
            model.addAttribute("unitForm", UnitForm.of(unit));
            return history(id, model);
        }
        changes.record(id, form.toChange(), principal.getName());
        redirect.addFlashAttribute("success", "unit.change.saved");
        return "redirect:/admin/units/" + id + "/edit";
    }

    private String history(long id, Model model) {
        model.addAttribute("changes", changes.of(id));
        model.addAttribute("successions", geo.successions(id));
        model.addAttribute("types", TYPES);
        return "geo/form";
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("unitForm") UnitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.setId(id);
        if (validate(form, result)) {
            model.addAttribute("unitChangeForm", new UnitChangeForm());
            return history(id, model);
        }
        return save(form, redirect);
    }

    private String save(UnitForm form, RedirectAttributes redirect) {
        geo.save(form.toData());
        redirect.addFlashAttribute("success", "unit.saved");
        return "redirect:/admin/units" + (form.getParentId() == null ? "" : "?parent=" + form.getParentId());
    }

    /** @return whether the form has errors */
    private boolean validate(UnitForm form, BindingResult result) {
        if (form.getLevel() != null) {
            AdministrativeLevel parentLevel = form.getParentId() == null
                    ? null
                    : geo.row(form.getParentId()).level();
            if (form.getLevel() == AdministrativeLevel.PROVINCE && parentLevel != null) {
                result.rejectValue("parentId", "unit.parent.notAllowed");
            } else if (form.getLevel() != AdministrativeLevel.PROVINCE && parentLevel == null) {
                result.rejectValue("parentId", "unit.parent.required");
            } else if (!form.getLevel().mayBeUnder(parentLevel)) {
                result.rejectValue("parentId", "unit.parent.wrongLevel");
            }
            if (form.getCode() != null
                    && !form.getCode().isBlank()
                    && geo.codeTaken(
                            form.getLevel(), form.getCode(), form.getId(), form.getValidFrom(), form.getValidTo())) {
                result.rejectValue("code", "unit.code.taken");
            }
        }
        if (form.getValidFrom() != null
                && form.getValidTo() != null
                && form.getValidTo().isBefore(form.getValidFrom())) {
            result.rejectValue("validTo", "validation.endBeforeStart");
        }
        if (form.getSuccessorId() != null && form.getSuccessorId().equals(form.getId())) {
            result.rejectValue("successorId", "unit.successor.self");
        }
        return result.hasErrors();
    }
}
