package ir.shenava.staff.twofactor;

import java.time.Duration;
import java.util.List;

import ir.shenava.platform.RateCounters;
import ir.shenava.staff.internal.StaffRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own two-factor page: set up (scan, then type a code), see how many
 * recovery codes are left and get new ones, turn it off. Any signed-in person may use it. Codes
 * typed here are limited per account ({@link #ATTEMPTS} in {@link #WINDOW}), so a session left open
 * cannot be used to guess them.
 */
@Controller
@RequestMapping("/account/two-factor")
class TwoFactorAccountController {

    static final int ATTEMPTS = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final TwoFactor twoFactor;
    private final TwoFactorPolicy policy;
    private final StaffRepository staff;
    private final RateCounters counters;
    private final org.springframework.context.MessageSource messages;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    TwoFactorAccountController(TwoFactor twoFactor, TwoFactorPolicy policy, StaffRepository staff, RateCounters counters,
                               org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.twoFactor = twoFactor;
        this.policy = policy;
        this.staff = staff;
        this.counters = counters;
    }

    record CodeForm(@NotBlank(message = "{twofactor.code.empty}") @Size(max = 40, message = "{twofactor.code.wrong}") String code) {
    }

    record TurnOffForm(@NotBlank(message = "{twofactor.off.empty}") @Size(max = 100, message = "{twofactor.off.wrong}") String proof) {
    }

    @GetMapping
    String page(Authentication auth, Model model) {
        return show(auth, model);
    }

    @PostMapping("/start")
    String start(Authentication auth, RedirectAttributes redirect) {
        try {
            twoFactor.begin(auth.getName());
        } catch (TwoFactorException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/account/two-factor";
    }

    @PostMapping("/confirm")
    String confirm(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result, Authentication auth,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!result.hasErrors() && allowed(auth, result, "code")) {
            try {
                List<String> codes = twoFactor.confirm(auth.getName(), form.code());
                setupDone(auth, request, response);
                return recoveryCodes(model, codes, "twofactor.turnedOn");
            } catch (TwoFactorException e) {
                result.rejectValue("code", e.messageKey());
            }
        }
        return show(auth, model);
    }

    @PostMapping("/recovery-codes")
    String renew(@Valid @ModelAttribute("renewForm") CodeForm form, BindingResult result, Authentication auth, Model model) {
        if (!result.hasErrors() && allowed(auth, result, "code")) {
            try {
                return recoveryCodes(model, twoFactor.renewRecoveryCodes(auth.getName(), form.code()), "twofactor.renewed");
            } catch (TwoFactorException e) {
                result.rejectValue("code", e.messageKey());
            }
        }
        return show(auth, model);
    }

    @PostMapping("/off")
    String turnOff(@Valid @ModelAttribute("offForm") TurnOffForm form, BindingResult result, Authentication auth,
                   Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && allowed(auth, result, "proof")) {
            try {
                twoFactor.turnOff(auth.getName(), form.proof());
                redirect.addFlashAttribute("success", "twofactor.turnedOff");
                return "redirect:/account/two-factor";
            } catch (TwoFactorException e) {
                result.rejectValue("proof", e.messageKey());
            }
        }
        return show(auth, model);
    }

    /** The codes are shown in this answer only: never kept in the session, never sent again. */
    private static String recoveryCodes(Model model, List<String> codes, String message) {
        model.addAttribute("codes", codes);
        model.addAttribute("success", message);
        return "staff/two-factor-codes";
    }

    private boolean allowed(Authentication auth, BindingResult result, String field) {
        if (counters.tryAcquire("staff.two-factor-account:" + auth.getName().toLowerCase(java.util.Locale.ROOT), ATTEMPTS, WINDOW)) {
            return true;
        }
        result.rejectValue(field, "twofactor.tooMany");
        return false;
    }

    private String show(Authentication auth, Model model) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var person = staff.findByUsernameIgnoreCase(auth.getName());   // empty only for a name not in staff (tests, tools)
        boolean on = person.isPresent() && twoFactor.isEnabled(person.get().getId());
        model.addAttribute("on", on);
        model.addAttribute("required", person.isPresent() && policy.requiredFor(person.get().getRoles()));
        model.addAttribute("mustSetUp", auth.getAuthorities().stream()
                .anyMatch(a -> TwoFactorPolicy.SETUP_REQUIRED.equals(a.getAuthority())));
        if (on) {
            model.addAttribute("recoveryCodesLeft", twoFactor.recoveryCodesLeft(person.get().getId()));
        } else if (person.isPresent()) {
            twoFactor.pending(auth.getName()).ifPresent(setup -> model.addAttribute("setup", setup));
        }
        // a form sent while the page shows another state (set up meanwhile in another tab, say): its error on top
        boolean setupShown = !on && model.containsAttribute("setup");
        hiddenError(model, "codeForm", !setupShown, locale);
        hiddenError(model, "renewForm", !on, locale);
        hiddenError(model, "offForm", !on, locale);
        for (String form : new String[] {"codeForm", "renewForm"}) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, new CodeForm(""));
            }
        }
        if (!model.containsAttribute("offForm")) {
            model.addAttribute("offForm", new TurnOffForm(""));
        }
        return "staff/two-factor";
    }

    private void hiddenError(Model model, String form, boolean hidden, java.util.Locale locale) {
        if (hidden && !model.containsAttribute("hiddenError")
                && model.getAttribute(BindingResult.MODEL_KEY_PREFIX + form) instanceof BindingResult result && result.hasErrors()) {
            model.addAttribute("hiddenError", messages.getMessage(result.getAllErrors().get(0), locale));
        }
    }

    /** A person sent here by the administrator's rule may use the rest of the application from now on. */
    private void setupDone(Authentication auth, HttpServletRequest request, HttpServletResponse response) {
        if (auth.getAuthorities().stream().noneMatch(a -> TwoFactorPolicy.SETUP_REQUIRED.equals(a.getAuthority()))) {
            return;
        }
        var kept = auth.getAuthorities().stream().filter(a -> !TwoFactorPolicy.SETUP_REQUIRED.equals(a.getAuthority())).toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null, kept));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
