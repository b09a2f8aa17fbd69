package vn.valuechain.user.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.regex.Pattern;
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
import vn.valuechain.shared.table.Exports;
import vn.valuechain.user.AppUser;
import vn.valuechain.user.Role;
import vn.valuechain.user.UserService;

@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._-]{3,50}$");

    private final UserService users;
    private final UserExport export;
    private final Exports exports;

    UserAdminController(UserService users, UserExport export, Exports exports) {
        this.users = users;
        this.export = export;
        this.exports = exports;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(
            @PageableDefault(size = 20, sort = "username", direction = Sort.Direction.ASC) Pageable pageable,
            Model model) {
        model.addAttribute("page", users.list(pageable));
        return "user/list";
    }

    /** The list as sorted on screen, every page, as {@code ?format=xlsx} or {@code csv}. */
    @GetMapping(params = "format")
    void export(
            @RequestParam String format,
            @PageableDefault(size = 20, sort = "username", direction = Sort.Direction.ASC) Pageable pageable,
            HttpServletRequest request,
            HttpServletResponse response) {
        exports.send(export.of(pageable.getSort()), format, request, response);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("userForm", new UserForm());
        return "user/form";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, RedirectAttributes redirect) {
        checkUsername(form.getUsername(), result);
        PasswordRules.check(form.getPassword(), form.getPasswordConfirm(), "password", "passwordConfirm", result);
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
        PasswordRules.check(form.getNewPassword(), form.getConfirmPassword(), "newPassword", "confirmPassword", result);
        if (result.hasErrors()) {
            model.addAttribute("userForm", UserForm.of(users.get(id)));
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
