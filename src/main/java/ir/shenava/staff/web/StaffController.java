package ir.shenava.staff.web;

import java.util.Arrays;

import ir.shenava.shared.InvalidPhoneNumberException;
import ir.shenava.shared.PersianText;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.DepartmentRepository;
import ir.shenava.staff.internal.Staff;
import ir.shenava.staff.internal.StaffAccounts;
import ir.shenava.staff.internal.StaffRepository;
import ir.shenava.staff.internal.StaffRuleException;
import ir.shenava.staff.twofactor.TwoFactor;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff administration: only ADMIN. */
@Controller
@RequestMapping("/staff")
@PreAuthorize("hasRole('ADMIN')")
class StaffController {

    private final StaffRepository staff;
    private final DepartmentRepository departments;
    private final StaffAccounts accounts;
    private final TwoFactor twoFactor;

    StaffController(StaffRepository staff, DepartmentRepository departments, StaffAccounts accounts, TwoFactor twoFactor) {
        this.staff = staff;
        this.departments = departments;
        this.accounts = accounts;
        this.twoFactor = twoFactor;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", staff.search(PersianText.compactKey(q), PageRequest.of(Math.max(page, 0), 25)));
        model.addAttribute("departments", departments.findAll());
        return "staff/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, StaffForm.empty(), null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                String temporary = StaffAccounts.randomPassword();
                Staff created = accounts.create(form.username(), temporary, form.profile());
                redirect.addFlashAttribute("success", "staff.created");
                redirect.addFlashAttribute("temporaryPassword", temporary);
                return "redirect:/staff/" + created.getId();
            } catch (StaffRuleException e) {
                result.reject(e.messageKey());
            } catch (InvalidPhoneNumberException e) {
                result.rejectValue("mobile", e.messageKey());
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Staff person = staff.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return form(model, StaffForm.of(person), person);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") StaffForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Staff person = staff.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!result.hasErrors()) {
            try {
                accounts.update(id, form.profile());
                redirect.addFlashAttribute("success", "staff.saved");
                return "redirect:/staff/" + id;
            } catch (StaffRuleException | IllegalArgumentException e) {
                if (e instanceof InvalidPhoneNumberException phone) {
                    result.rejectValue("mobile", phone.messageKey());
                } else {
                    result.reject(e instanceof StaffRuleException r ? r.messageKey() : e.getMessage());
                }
            }
        }
        return form(model, form, person);
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        String temporary = StaffAccounts.randomPassword();
        accounts.resetPassword(id, temporary);
        redirect.addFlashAttribute("success", "staff.passwordReset");
        redirect.addFlashAttribute("temporaryPassword", temporary);
        return "redirect:/staff/" + id;
    }

    private String form(Model model, StaffForm form, Staff person) {
        if (!model.containsAttribute("form")) {
            // after a failed POST the bound form and its errors are already in the model: keep them
            model.addAttribute("form", form);
        }
        model.addAttribute("person", person);
        model.addAttribute("twoFactorOn", person != null && twoFactor.isEnabled(person.getId()));
        model.addAttribute("allRoles", Arrays.asList(Role.values()));
        model.addAttribute("departments", departments.findAllByOrderByNameFa());
        model.addAttribute("managers", staff.findByActiveTrueOrderByFullName().stream()
                .filter(s -> person == null || !s.getId().equals(person.getId())).toList());
        return "staff/form";
    }
}
