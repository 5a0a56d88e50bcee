package ir.shenava.customers.web;

import java.util.function.Supplier;

import ir.shenava.customers.internal.ContactRepository;
import ir.shenava.customers.internal.Customer;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.customers.internal.CustomerRepository;
import ir.shenava.customers.internal.CustomerRuleException;
import ir.shenava.customers.internal.CustomerSiteRepository;
import ir.shenava.customers.internal.EquipmentRepository;
import ir.shenava.customers.web.PartForms.ContactForm;
import ir.shenava.customers.web.PartForms.EquipmentForm;
import ir.shenava.customers.web.PartForms.SiteForm;
import ir.shenava.staff.StaffDirectory;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Add, edit and remove a customer's contacts, sites and equipment. Same roles as editing the customer. */
@Controller
@RequestMapping("/customers/{customerId}")
@PreAuthorize(CustomerAccess.EDIT)
class CustomerPartsController {

    private final CustomerRepository customers;
    private final CustomerSiteRepository sites;
    private final ContactRepository contacts;
    private final EquipmentRepository equipment;
    private final CustomerRegistry registry;
    private final StaffDirectory staff;

    CustomerPartsController(CustomerRepository customers, CustomerSiteRepository sites, ContactRepository contacts,
                            EquipmentRepository equipment, CustomerRegistry registry, StaffDirectory staff) {
        this.customers = customers;
        this.sites = sites;
        this.contacts = contacts;
        this.equipment = equipment;
        this.registry = registry;
        this.staff = staff;
    }

    // ---- contacts

    @GetMapping({"/contacts/new", "/contacts/{id}"})
    String contactForm(@PathVariable long customerId, @PathVariable(required = false) Long id, Model model) {
        ContactForm form = id == null ? new ContactForm(null, null, null, null, null)
                : ContactForm.of(contacts.findById(id).filter(c -> c.getCustomerId() == customerId).orElseThrow(this::notFound));
        return page(model, customerId, id, form, "customers/contact-form");
    }

    @PostMapping({"/contacts/new", "/contacts/{id}"})
    String saveContact(@PathVariable long customerId, @PathVariable(required = false) Long id,
                       @Valid @ModelAttribute("form") ContactForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        rejectBadPhone(result, "mobile", form.mobile(), true);
        rejectBadPhone(result, "landline", form.landline(), false);
        return save(result, redirect, customerId, () -> registry.saveContact(customerId, id, form.data()),
                () -> page(model, customerId, id, form, "customers/contact-form"));
    }

    @PostMapping("/contacts/{id}/delete")
    String deleteContact(@PathVariable long customerId, @PathVariable long id, RedirectAttributes redirect) {
        registry.deleteContact(customerId, id);
        redirect.addFlashAttribute("success", "customer.part.deleted");
        return "redirect:/customers/" + customerId;
    }

    /** A contact made from an unknown complainant: staff checked the person and accept them. */
    @PostMapping("/contacts/{id}/verify")
    String verifyContact(@PathVariable long customerId, @PathVariable long id, RedirectAttributes redirect) {
        registry.verifyContact(customerId, id);
        redirect.addFlashAttribute("success", "contact.verified");
        return "redirect:/customers/" + customerId;
    }

    // ---- sites

    @GetMapping({"/sites/new", "/sites/{id}"})
    String siteForm(@PathVariable long customerId, @PathVariable(required = false) Long id, Model model) {
        SiteForm form = id == null ? new SiteForm(null, null, null, null)
                : SiteForm.of(sites.findById(id).filter(s -> s.getCustomerId() == customerId).orElseThrow(this::notFound));
        return page(model, customerId, id, form, "customers/site-form");
    }

    @PostMapping({"/sites/new", "/sites/{id}"})
    String saveSite(@PathVariable long customerId, @PathVariable(required = false) Long id,
                    @Valid @ModelAttribute("form") SiteForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        return save(result, redirect, customerId, () -> registry.saveSite(customerId, id, form.data()),
                () -> page(model, customerId, id, form, "customers/site-form"));
    }

    @PostMapping("/sites/{id}/delete")
    String deleteSite(@PathVariable long customerId, @PathVariable long id, RedirectAttributes redirect) {
        registry.deleteSite(customerId, id);
        redirect.addFlashAttribute("success", "customer.part.deleted");
        return "redirect:/customers/" + customerId;
    }

    // ---- equipment

    @GetMapping({"/equipment/new", "/equipment/{id}"})
    String equipmentForm(@PathVariable long customerId, @PathVariable(required = false) Long id, Model model) {
        EquipmentForm form = id == null ? new EquipmentForm(null, null, null, null, null)
                : EquipmentForm.of(equipment.findById(id).filter(e -> e.getCustomerId() == customerId).orElseThrow(this::notFound));
        return page(model, customerId, id, form, "customers/equipment-form");
    }

    @PostMapping({"/equipment/new", "/equipment/{id}"})
    String saveEquipment(@PathVariable long customerId, @PathVariable(required = false) Long id,
                         @Valid @ModelAttribute("form") EquipmentForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        return save(result, redirect, customerId, () -> registry.saveEquipment(customerId, id, form.data()),
                () -> page(model, customerId, id, form, "customers/equipment-form"));
    }

    @PostMapping("/equipment/{id}/delete")
    String deleteEquipment(@PathVariable long customerId, @PathVariable long id, RedirectAttributes redirect) {
        registry.deleteEquipment(customerId, id);
        redirect.addFlashAttribute("success", "customer.part.deleted");
        return "redirect:/customers/" + customerId;
    }

    /**
     * A part that is gone by now (deleted in another tab, a second click on "delete"): the Persian
     * 404 page rather than a failure. Other broken rules stay with their forms (see {@link #save}).
     */
    @ExceptionHandler(CustomerRuleException.class)
    String refused(CustomerRuleException e, HttpServletResponse response) {
        if (!"customer.part.notFound".equals(e.messageKey())) {
            throw e;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    // ---- shared steps

    /** Saves when the form is valid; a broken rule or a bad phone number goes back to the form with its message. */
    private String save(BindingResult result, RedirectAttributes redirect, long customerId, Runnable action,
                        Supplier<String> formPage) {
        if (result.hasErrors()) {
            return formPage.get();
        }
        try {
            action.run();
        } catch (CustomerRuleException e) {
            result.reject(e.messageKey(), e.args(), null);
            return formPage.get();
        }
        redirect.addFlashAttribute("success", "customer.saved");
        return "redirect:/customers/" + customerId;
    }

    /** A phone typed in any digits must still be a valid Iranian number (and a mobile in the mobile field). */
    static void rejectBadPhone(BindingResult result, String field, String value, boolean mobile) {
        if (value == null || value.isBlank() || result.hasFieldErrors(field)) {
            return;
        }
        var phone = ir.shenava.shared.PhoneNumber.tryParse(value);
        if (phone.isEmpty()) {
            result.rejectValue(field, "phone.invalid");
        } else if (mobile && !phone.get().isMobile()) {
            result.rejectValue(field, "phone.notMobile");
        }
    }

    private String page(Model model, long customerId, Long partId, Object form, String view) {
        Customer customer = customers.findById(customerId).orElseThrow(this::notFound);
        model.addAttribute("customer", customer);
        model.addAttribute("partId", partId);
        if (!model.containsAttribute("form")) {
            // after a failed POST the bound form and its errors are already in the model: keep them
            model.addAttribute("form", form);
        }
        model.addAttribute("sites", sites.findByCustomerIdOrderByName(customerId));
        model.addAttribute("staff", staff.active());
        return view;
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
