package vn.valuechain.progress.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.valuechain.progress.ItemViews;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.web.ReferenceDate;

/** "Việc của tôi": a district official's items, what is due this quarter, and what was returned. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MyItemsController {

    private final ItemViews views;
    private final ItemViewsExport export;
    private final Exports exports;
    private final ReferenceDate referenceDate;

    /** Both of a reference date ({@code ?on=dd/MM/yyyy}, today by default), shown as {@code on}. */
    @ModelAttribute("on")
    LocalDate on(@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate on) {
        return referenceDate.orToday(on);
    }

    @GetMapping("/my-items")
    String myItems(
            @ModelAttribute("on") LocalDate on,
            @AuthenticationPrincipal UnitScopedUser user,
            @PageableDefault(size = 25) Pageable pageable,
            Model model) {
        model.addAttribute("my", views.myItems(user, on, pageable));
        return "progress/item/my-items";
    }

    /** The unit's items on the reference date, every page, as {@code ?format=xlsx} or {@code csv}. */
    @GetMapping(path = "/my-items", params = "format")
    void export(
            @ModelAttribute("on") LocalDate on,
            @RequestParam String format,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        exports.send(export.myItems(user, on), format, request, response);
    }
}
