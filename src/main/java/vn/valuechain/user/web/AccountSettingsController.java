package vn.valuechain.user.web;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.user.AppUser;
import vn.valuechain.user.AppUserPrincipal;
import vn.valuechain.user.UserService;

/** A user's own e-mail address and the daily reminder digest, which each user may turn off. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountSettingsController {

    private final UserService users;
    private final ObjectProvider<JavaMailSender> mail;

    @GetMapping("/account")
    String form(@AuthenticationPrincipal AppUserPrincipal me, Model model) {
        AppUser user = users.get(me.getId());
        AccountForm form = new AccountForm();
        form.setEmail(user.getEmail());
        form.setReminders(user.isEmailReminders());
        model.addAttribute("accountForm", form);
        return page(model);
    }

    @PostMapping("/account")
    String save(
            @AuthenticationPrincipal AppUserPrincipal me,
            @Valid @ModelAttribute("accountForm") AccountForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(model);
        }
        users.setOwnEmail(me.getId(), form.getEmail(), form.isReminders());
        redirect.addFlashAttribute("success", "account.saved");
        return "redirect:/account";
    }

    private String page(Model model) {
        model.addAttribute("mailConfigured", mail.getIfAvailable() != null);
        return "user/account";
    }
}
