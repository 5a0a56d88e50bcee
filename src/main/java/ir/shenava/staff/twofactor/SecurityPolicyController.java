package ir.shenava.staff.twofactor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ir.shenava.staff.Role;
import ir.shenava.staff.internal.Staff;
import ir.shenava.staff.internal.StaffRepository;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's login security: whether administrators and the CEO must use two-factor
 * login (with who has set it up so far), and the reset of a person's two-factor login when their
 * phone is lost (from the person's page in staff administration).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SecurityPolicyController {

    /** Listed first the one that changes nothing, so that a form sent without a choice keeps things as they are. */
    enum TwoFactorRule { NOBODY, ADMINS_AND_CEO }

    record PolicyForm(@NotNull(message = "{twofactor.policy.invalid}") TwoFactorRule twoFactor) {
    }

    /** One administrator or CEO and whether their two-factor login is on. */
    record Guarded(long id, String fullName, String username, boolean on) {
    }

    private final TwoFactorPolicy policy;
    private final TwoFactor twoFactor;
    private final StaffRepository staff;

    SecurityPolicyController(TwoFactorPolicy policy, TwoFactor twoFactor, StaffRepository staff) {
        this.policy = policy;
        this.twoFactor = twoFactor;
        this.staff = staff;
    }

    @GetMapping("/settings/security")
    String page(Model model) {
        model.addAttribute("form", new PolicyForm(policy.requiredForAdmins() ? TwoFactorRule.ADMINS_AND_CEO : TwoFactorRule.NOBODY));
        return show(model);
    }

    @PostMapping("/settings/security")
    String save(@Valid @ModelAttribute("form") PolicyForm form, BindingResult result, Authentication auth, Model model,
                RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return show(model);
        }
        policy.requireForAdmins(form.twoFactor() == TwoFactorRule.ADMINS_AND_CEO, auth.getName());
        redirect.addFlashAttribute("success", "twofactor.policy.saved");
        return "redirect:/settings/security";
    }

    @PostMapping("/staff/{id}/two-factor/reset")
    String reset(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        if (staff.findById(id).isEmpty()) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        twoFactor.reset(id, auth.getName());
        redirect.addFlashAttribute("success", "twofactor.staff.reset.done");
        return "redirect:/staff/" + id;
    }

    private String show(Model model) {
        List<Staff> people = new ArrayList<>(staff.findActiveWithRole(Role.ADMIN));
        staff.findActiveWithRole(Role.CEO).stream().filter(p -> !people.contains(p)).forEach(people::add);
        people.sort(Comparator.comparing(p -> p.getFullName() == null ? "" : p.getFullName()));
        model.addAttribute("guarded", people.stream()
                .map(p -> new Guarded(p.getId(), p.getFullName(), p.getUsername(), twoFactor.isEnabled(p.getId()))).toList());
        model.addAttribute("rules", TwoFactorRule.values());
        return "staff/security-settings";
    }
}
