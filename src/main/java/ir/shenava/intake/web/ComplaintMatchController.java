package ir.shenava.intake.web;

import java.util.Arrays;
import java.util.List;

import ir.shenava.customers.ComplainantMatching;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerId;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.CustomerSummary;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintMatching;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.intake.internal.ComplaintVisibility;
import ir.shenava.intake.internal.IntakeRuleException;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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

/**
 * Matching an unmatched complainant from the complaint's page (issue 15 §13): search the customer
 * list and link a customer after a confirmation, or make a customer from what the complainant gave.
 * Only those who may edit customers do it, and only on a complaint they may see.
 */
@Controller
@RequestMapping("/complaints/{id}/match")
@PreAuthorize(IntakeAccess.MATCH)
class ComplaintMatchController {

    /** Enough to choose from; more means the search should say more. */
    private static final int MAX_MATCHES = 10;

    private final ComplaintRepository complaints;
    private final ComplaintMatching matching;
    private final ComplainantMatching customers;
    private final CustomerDirectory directory;
    private final StaffDirectory staff;

    ComplaintMatchController(ComplaintRepository complaints, ComplaintMatching matching, ComplainantMatching customers,
                             CustomerDirectory directory, StaffDirectory staff) {
        this.complaints = complaints;
        this.matching = matching;
        this.customers = customers;
        this.directory = directory;
        this.staff = staff;
    }

    /** The htmx fragment under the search box on the complaint's page. */
    @GetMapping("/search")
    String search(@PathVariable long id, @RequestParam(defaultValue = "") String q, Authentication auth, Model model) {
        Complaint complaint = visible(id, auth);
        List<CustomerSummary> found = customers.search(q, MAX_MATCHES);
        model.addAttribute("complaint", complaint);
        model.addAttribute("q", q);
        model.addAttribute("matches", found);
        return "intake/complaint-match :: results";
    }

    /** What will be linked, and the button that does it. */
    @GetMapping("/{customerId}")
    String confirm(@PathVariable long id, @PathVariable long customerId, Authentication auth, Model model,
                   RedirectAttributes redirect) {
        Complaint complaint = visible(id, auth);
        if (complaint.getCustomerId() != null) {
            redirect.addFlashAttribute("error", "match.already");
            return "redirect:/complaints/" + id;
        }
        CustomerSummary customer = directory.find(new CustomerId(customerId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("complaint", complaint);
        model.addAttribute("customer", customer);
        model.addAttribute("contact", customers.contactAt(customer.id(), complaint.getContactPhone(), complaint.getContactEmail())
                .orElse(null));
        return "intake/complaint-match";
    }

    @PostMapping("/{customerId}")
    String link(@PathVariable long id, @PathVariable long customerId, Authentication auth,
                RedirectAttributes redirect) {
        visible(id, auth);
        try {
            matching.link(id, customerId);
            redirect.addFlashAttribute("success", "match.linked");
        } catch (IntakeRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "match.already");
        }
        return "redirect:/complaints/" + id;
    }

    @GetMapping("/new")
    String newCustomer(@PathVariable long id, Authentication auth, Model model, RedirectAttributes redirect) {
        Complaint complaint = visible(id, auth);
        if (complaint.getCustomerId() != null) {
            redirect.addFlashAttribute("error", "match.already");
            return "redirect:/complaints/" + id;
        }
        return form(model, complaint, MatchForm.of(complaint));
    }

    @PostMapping("/new")
    String create(@PathVariable long id, @Valid @ModelAttribute("form") MatchForm form, BindingResult result,
                  Authentication auth, Model model, RedirectAttributes redirect) {
        Complaint complaint = visible(id, auth);
        if (!result.hasFieldErrors("phone") && form.phone() != null && !form.phone().isBlank()
                && PhoneNumber.tryParse(form.phone()).isEmpty()) {
            result.rejectValue("phone", "phone.invalid");
        }
        if (result.hasErrors()) {
            return form(model, complaint, form);
        }
        try {
            matching.linkNew(id, form.customer());
            redirect.addFlashAttribute("success", "match.created");
        } catch (IntakeRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "match.already");
        }
        return "redirect:/complaints/" + id;
    }

    private String form(Model model, Complaint complaint, MatchForm form) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("form", form);
        model.addAttribute("kinds", Arrays.asList(CustomerKind.values()));
        return "intake/complaint-match-new";
    }

    /** Not visible means not found, as on the complaint's own page. */
    private Complaint visible(long id, Authentication auth) {
        long me = staff.findActiveByUsername(auth.getName()).map(s -> s.id().value()).orElse(-1L);
        ComplaintVisibility viewer = new ComplaintVisibility(me, Role.fromAuthorities(
                auth.getAuthorities().stream().map(a -> a.getAuthority()).toList()));
        return complaints.findById(id).filter(c -> viewer.maySee(c, complaints.onDelegationChain(id, viewer.staffId())))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
