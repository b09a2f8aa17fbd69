package vn.valuechain.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.notification.NotificationService;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.web.SortableBy;
import vn.valuechain.user.AppUserPrincipal;

@Controller
@RequestMapping("/notifications")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotificationController {
    /** The sort orders the list offers (others in ?sort= fall back to the default), also for its export. */
    private static final SortableBy SORTS = SortableBy.of(Sort.by(Sort.Direction.DESC, "createdAt"), "createdAt");

    private final NotificationService notifications;
    private final NotificationExport export;
    private final Exports exports;

    @GetMapping
    String list(
            @AuthenticationPrincipal AppUserPrincipal user,
            @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable,
            Model model) {
        model.addAttribute("page", notifications.list(user.getId(), SORTS.page(pageable)));
        return "notification/list";
    }

    /** The user's notifications, every page, as {@code ?format=xlsx} or {@code csv}. */
    @GetMapping(params = "format")
    void export(
            @AuthenticationPrincipal AppUserPrincipal user,
            @RequestParam String format,
            @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            HttpServletResponse response) {
        exports.send(export.of(user.getId(), SORTS.sort(pageable)), format, request, response);
    }

    /** Opening a notification marks it read and goes where it points. */
    @GetMapping("/{id:\\d+}")
    String open(@PathVariable long id, @AuthenticationPrincipal AppUserPrincipal user) {
        return "redirect:" + notifications.open(id, user.getId());
    }

    @PostMapping("/read-all")
    String markAllRead(@AuthenticationPrincipal AppUserPrincipal user, RedirectAttributes redirect) {
        notifications.markAllRead(user.getId());
        redirect.addFlashAttribute("success", "notification.allRead");
        return "redirect:/notifications";
    }
}
