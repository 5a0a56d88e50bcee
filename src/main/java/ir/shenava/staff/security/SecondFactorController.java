package ir.shenava.staff.security;

import java.time.Clock;

import ir.shenava.staff.internal.Staff;
import ir.shenava.staff.internal.StaffRepository;
import ir.shenava.staff.twofactor.TwoFactor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The login's second step: after the right password, the code from the authenticator app (or a
 * recovery code). Only here does the session become signed in — with a new session id, so that
 * an id seen before the code was given is worth nothing. Wrong codes count like wrong passwords.
 */
@Controller
class SecondFactorController {

    static final String PAGE = "/login/code";
    static final int MAX_CODE = 40;

    private final TwoFactor twoFactor;
    private final StaffRepository staff;
    private final StaffUserDetailsService users;
    private final LoginOutcomes outcomes;
    private final Clock clock;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorController(TwoFactor twoFactor, StaffRepository staff, StaffUserDetailsService users,
                           LoginOutcomes outcomes, Clock clock) {
        this.twoFactor = twoFactor;
        this.staff = staff;
        this.users = users;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String page(HttpServletRequest request) {
        return PendingLogin.of(request, clock.instant()) == null ? "redirect:/login?expired" : "staff/login-code";
    }

    @PostMapping(PAGE)
    String submit(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
                  Model model, RedirectAttributes redirect) throws Exception {
        PendingLogin pending = PendingLogin.of(request, clock.instant());
        if (pending == null) {
            return "redirect:/login?expired";
        }
        Staff person = staff.findByUsernameIgnoreCase(pending.username()).orElse(null);
        if (person == null || !person.isActive() || person.isLockedAt(clock.instant())) {
            PendingLogin.drop(request);
            return "redirect:/login?error";   // the same answer as a wrong password: nothing told
        }
        TwoFactor.Verification result = code.length() > MAX_CODE ? new TwoFactor.Verification(TwoFactor.Outcome.WRONG, 0)
                : twoFactor.verify(person.getId(), code);
        if (!result.accepted()) {
            boolean locked = outcomes.wrongSecondFactor(request, person.getUsername());
            PendingLogin next = pending.oneMoreWrong();
            if (locked || next.wrong() >= PendingLogin.MAX_WRONG) {
                PendingLogin.drop(request);
                return locked ? "redirect:/login?error" : "redirect:/login?expired";
            }
            next.keep(request);
            model.addAttribute("codeError", result.outcome() == TwoFactor.Outcome.ALREADY_USED
                    ? "twofactor.login.used" : "twofactor.login.wrong");
            return "staff/login-code";
        }
        PendingLogin.drop(request);
        Authentication auth = signIn(pending.username(), request, response);
        boolean recovery = result.outcome() == TwoFactor.Outcome.RECOVERY_CODE;
        if (recovery) {
            // a recovery code is used when the phone is away, perhaps lost: say how many are left, where new ones are made
            outcomes.recordSignedIn(auth, "recoveryCode");
            redirect.addFlashAttribute("recoveryUsed", result.recoveryCodesLeft());
            return "redirect:/account/two-factor";
        }
        outcomes.signedIn(request, response, auth, "code");
        return null;
    }

    /** A fresh authentication from the database (roles as they are now), in a session with a new id. */
    private Authentication signIn(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = users.loadUserByUsername(username);
        if (user instanceof CredentialsContainer withPassword) {
            withPassword.eraseCredentials();   // the password hash is not kept in the session
        }
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return context.getAuthentication();
    }
}
