package vn.valuechain.user.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.user.AppUserPrincipal;
import vn.valuechain.user.UserService;

/** Signing in, and a user's own password. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountController {

    private final UserService users;
    private final PasswordRules passwordRules;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    @GetMapping("/login")
    String login() {
        return "user/login";
    }

    /** The page's "keep working" before the session times out: any signed-in request renews it. */
    @GetMapping("/account/session")
    ResponseEntity<Void> keepSession() {
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/account/password")
    String passwordForm(@ModelAttribute("passwordForm") PasswordForm form) {
        return "user/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @AuthenticationPrincipal AppUserPrincipal me,
            @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        passwordRules.check(form, me.getUsername(), me.getDisplayName(), result);
        if (!result.hasErrors() && form.getNewPassword().equals(form.getCurrentPassword())) {
            result.rejectValue("newPassword", "password.sameAsCurrent");
        }
        if (!result.hasErrors()
                && !users.changeOwnPassword(me.getId(), form.getCurrentPassword(), form.getNewPassword())) {
            result.rejectValue("currentPassword", "password.currentWrong");
        }
        if (result.hasErrors()) {
            return "user/password";
        }
        refreshSession(me.getId(), request, response);
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/";
    }

    /** The session holds the principal: replace it so the "must change password" mark is gone. */
    private void refreshSession(long userId, HttpServletRequest request, HttpServletResponse response) {
        AppUserPrincipal fresh = users.principal(userId);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }
}
