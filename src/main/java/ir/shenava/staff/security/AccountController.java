package ir.shenava.staff.security;

import ir.shenava.staff.internal.StaffAccounts;
import ir.shenava.staff.internal.StaffRuleException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Login page and the signed-in person's own password. Any signed-in person may use it. */
@Controller
class AccountController {

    private final StaffAccounts accounts;
    private final StaffUserDetailsService users;
    private final HttpSessionSecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    AccountController(StaffAccounts accounts, StaffUserDetailsService users) {
        this.accounts = accounts;
        this.users = users;
    }

    record PasswordForm(@NotBlank String current,
                        @NotBlank @Size(min = 10, max = 100, message = "{password.tooShort}") String next,
                        @NotBlank String repeat) {
    }

    @GetMapping("/login")
    String login() {
        return "staff/login";
    }

    /** A typed or bookmarked /logout: a page with the button (signing out itself is a POST with its token). */
    @GetMapping("/logout")
    String logoutPage() {
        return "staff/logout";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return "staff/password";
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
                          Authentication auth, HttpServletRequest request, HttpServletResponse response,
                          RedirectAttributes redirect) {
        if (!result.hasFieldErrors("next") && !form.next().equals(form.repeat())) {
            result.rejectValue("repeat", "password.mismatch");
        }
        if (result.hasErrors()) {
            return "staff/password";
        }
        try {
            accounts.changeOwnPassword(auth.getName(), form.current(), form.next());
        } catch (StaffRuleException e) {
            result.rejectValue(e.messageKey().startsWith("password.current") ? "current" : "next", e.messageKey());
            return "staff/password";
        }
        refreshAuthentication(auth.getName(), request, response);
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/";
    }

    /** The old authentication still carries "must change password"; replace it with a fresh one. */
    private void refreshAuthentication(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }
}
