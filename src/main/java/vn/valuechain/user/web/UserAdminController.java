package vn.valuechain.user.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.web.SortableBy;
import vn.valuechain.user.AppUser;
import vn.valuechain.user.AppUserPrincipal;
import vn.valuechain.user.Role;
import vn.valuechain.user.SessionSettings;
import vn.valuechain.user.SignInGuard;
import vn.valuechain.user.UserRow;
import vn.valuechain.user.UserService;

@Controller
@RequestMapping("/admin/users")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UserAdminController {

    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._-]{3,50}$");
    /** The sort orders the list offers (others in ?sort= fall back to the default), also for its export. */
    private static final SortableBy SORTS = SortableBy.of(Sort.by("username"), "username", "displayName", "role");

    private static final ZoneId OFFICE_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

    private final UserService users;
    private final UserExport export;
    private final Exports exports;
    private final PasswordRules passwordRules;
    private final SignInGuard signIn;
    private final SessionSettings sessions;

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(
            @PageableDefault(size = 20, sort = "username", direction = Sort.Direction.ASC) Pageable pageable,
            Model model) {
        Page<UserRow> page = users.list(SORTS.page(pageable));
        model.addAttribute("page", page);
        Map<String, LocalDateTime> locks = new HashMap<>();
        signIn.lockedUntil(page.map(UserRow::username).getContent())
                .forEach((name, until) -> locks.put(name, LocalDateTime.ofInstant(until, OFFICE_TIME)));
        model.addAttribute("locks", locks);
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", new SessionForm(sessions.minutes()));
        }
        return "user/list";
    }

    /** Lifts the lock that repeated wrong passwords put on the account. */
    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        signIn.unlock(users.get(id).getUsername());
        redirect.addFlashAttribute("success", "user.unlocked");
        return "redirect:/admin/users";
    }

    /** The inactivity timeout of the sessions signed in from now on. */
    @PostMapping("/session-timeout")
    String sessionTimeout(
            @Valid @ModelAttribute("sessionForm") SessionForm form,
            BindingResult result,
            @AuthenticationPrincipal AppUserPrincipal me,
            @PageableDefault(size = 20, sort = "username", direction = Sort.Direction.ASC) Pageable pageable,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return list(pageable, model); // the list again, with the message at the field
        }
        sessions.setMinutes(form.getMinutes(), me.getUsername());
        redirect.addFlashAttribute("success", "user.session.saved");
        return "redirect:/admin/users";
    }

    /** The list as sorted on screen, every page, as {@code ?format=xlsx} or {@code csv}. */
    @GetMapping(params = "format")
    void export(
            @RequestParam String format,
            @PageableDefault(size = 20, sort = "username", direction = Sort.Direction.ASC) Pageable pageable,
            HttpServletRequest request,
            HttpServletResponse response) {
        exports.send(export.of(SORTS.sort(pageable)), format, request, response);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("userForm", new UserForm());
        return "user/form";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, RedirectAttributes redirect) {
        checkUsername(form.getUsername(), result);
        passwordRules.check(
                form.getPassword(),
                form.getPasswordConfirm(),
                form.getUsername(),
                form.getDisplayName(),
                "password",
                "passwordConfirm",
                result);
        checkUnit(form, result);
        if (result.hasErrors()) {
            return "user/form";
        }
        AppUser created = users.create(
                form.getUsername(), form.getDisplayName(), form.getRole(), form.getUnitId(), form.getPassword());
        users.setEmail(created.getId(), form.getEmail());
        redirect.addFlashAttribute("success", "user.created");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("userForm", UserForm.of(users.get(id)));
        model.addAttribute("passwordForm", new PasswordForm());
        return "user/form";
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("userForm") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.setId(id);
        form.setUsername(users.get(id).getUsername());
        checkUnit(form, result);
        if (result.hasErrors()) {
            model.addAttribute("passwordForm", new PasswordForm());
            return "user/form";
        }
        users.update(id, form.getVersion(), form.getDisplayName(), form.getRole(), form.getUnitId(), form.isEnabled());
        users.setEmail(id, form.getEmail());
        redirect.addFlashAttribute("success", "user.updated");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @PathVariable long id,
            @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        AppUser user = users.get(id);
        passwordRules.check(form, user.getUsername(), user.getDisplayName(), result);
        if (result.hasErrors()) {
            model.addAttribute("userForm", UserForm.of(user));
            return "user/form";
        }
        users.resetPassword(id, form.getNewPassword());
        redirect.addFlashAttribute("success", "user.passwordReset");
        return "redirect:/admin/users";
    }

    private void checkUsername(String username, BindingResult result) {
        if (username == null || username.isBlank()) {
            result.rejectValue("username", "validation.required");
        } else if (!USERNAME.matcher(username.trim()).matches()) {
            result.rejectValue("username", "user.username.invalid");
        } else if (users.usernameTaken(username)) {
            result.rejectValue("username", "user.username.taken");
        }
    }

    private void checkUnit(UserForm form, BindingResult result) {
        String problem = users.unitProblem(form.getRole(), form.getUnitId());
        if (problem != null) {
            result.rejectValue("unitId", problem);
        }
        if (form.getRole() != Role.DISTRICT) {
            form.setUnitId(null);
            form.setUnitLabel(null);
        }
    }
}
